using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Agents.Teams;

public sealed class CreateTeam(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, IStringLocalizer<AgentsText> text)
{
    public async Task<Result<TeamRow>> HandleAsync(Staff caller, string name, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = await TeamRules.ValidateNameAsync(db, text, name, null, cancellationToken);
        if (errors.Count > 0) return errors;
        var team = new Team { Name = name.Trim(), CreatedAt = time.GetUtcNow() };
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return new TeamRow(team.Id, team.Name, []);
    }
}
