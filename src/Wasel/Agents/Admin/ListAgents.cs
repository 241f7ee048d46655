using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Agents.Admin;

public sealed record AgentRow(
    string Id,
    string Name,
    string Email,
    string Role,
    IReadOnlyList<long> TeamIds,
    IReadOnlyList<string> Languages,
    int? ConcurrencyCap,
    bool Disabled,
    DateTimeOffset CreatedAt)
{
    public AgentInput ToInput() => new(Name, Email, Role, TeamIds, Languages, ConcurrencyCap);
}

/// <summary>Everyone who can sign in, with role and teams, for the admin's agents page. Admins only.</summary>
public sealed class ListAgents(IDbContextFactory<WaselDb> dbFactory)
{
    public async Task<Result<List<AgentRow>>> HandleAsync(Staff caller, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agents = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var members = await db.TeamMembers.AsNoTracking().ToListAsync(cancellationToken);
        return agents
            .Select(a => new AgentRow(
                a.Id, a.DisplayName, a.Email ?? "",
                RoleOf(roles.Where(r => r.UserId == a.Id).Select(r => r.Name!)),
                members.Where(m => m.AgentId == a.Id).Select(m => m.TeamId).Order().ToList(),
                a.Languages, a.ConcurrencyCap, a.Disabled, a.CreatedAt))
            .OrderBy(a => a.Disabled).ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    private static string RoleOf(IEnumerable<string> names)
    {
        var set = names.ToHashSet();
        return set.Contains(Roles.Admin) ? Roles.Admin : set.Contains(Roles.Supervisor) ? Roles.Supervisor : Roles.Agent;
    }
}
