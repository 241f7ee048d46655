using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Agents.Teams;

/// <summary>Teams with their members, for the admin pages. Admins only.</summary>
public sealed class ListTeams(IDbContextFactory<WaselDb> dbFactory)
{
    public async Task<Result<List<TeamRow>>> HandleAsync(Staff caller, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name, Members = t.Members.Select(m => m.AgentId).ToList() })
            .ToListAsync(cancellationToken);
        return teams.Select(t => new TeamRow(t.Id, t.Name, t.Members)).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
    }
}
