using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Agents.Teams;

/// <summary>Sets who is in a team (agents may be in several teams).</summary>
public sealed class SetTeamMembers(IDbContextFactory<WaselDb> dbFactory, IStringLocalizer<AgentsText> text)
{
    public async Task<Result<long>> HandleAsync(Staff caller, long teamId, IReadOnlyCollection<string> agentIds, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken)) return Problem.NotFound("Team", $"No team has the id {teamId}.");
        var wanted = agentIds.ToHashSet();
        if (await db.Users.CountAsync(u => wanted.Contains(u.Id), cancellationToken) != wanted.Count)
            return new Dictionary<string, string[]> { ["members"] = [text["ErrorAgentGone"]] };
        var existing = await db.TeamMembers.Where(m => m.TeamId == teamId).ToListAsync(cancellationToken);
        db.TeamMembers.RemoveRange(existing.Where(m => !wanted.Contains(m.AgentId)));
        db.TeamMembers.AddRange(wanted.Where(a => existing.All(m => m.AgentId != a)).Select(a => new TeamMember { TeamId = teamId, AgentId = a }));
        await db.SaveChangesAsync(cancellationToken);
        return teamId;
    }
}
