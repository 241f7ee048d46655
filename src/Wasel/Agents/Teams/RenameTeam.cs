using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Agents.Teams;

public sealed class RenameTeam(IDbContextFactory<WaselDb> dbFactory, IStringLocalizer<AgentsText> text)
{
    public async Task<Result<long>> HandleAsync(Staff caller, long teamId, string name, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Teams.FindAsync([teamId], cancellationToken) is not { } team) return Problem.NotFound("Team", $"No team has the id {teamId}.");
        var errors = await TeamRules.ValidateNameAsync(db, text, name, teamId, cancellationToken);
        if (errors.Count > 0) return errors;
        team.Name = name.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return team.Id;
    }
}
