using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;

namespace Wasel.Agents.Admin;

/// <summary>Each person has exactly one of the three roles; the role rows are made on first use.</summary>
internal static class AgentRoles
{
    public static async Task SetAsync(UserManager<Agent> users, RoleManager<IdentityRole> roles, Agent agent, string role)
    {
        if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
        var current = await users.GetRolesAsync(agent);
        if (current.Count == 1 && current[0] == role) return;
        if (current.Count > 0) Check(await users.RemoveFromRolesAsync(agent, current));
        Check(await users.AddToRoleAsync(agent, role));
    }

    /// <summary>Whether an enabled admin other than <paramref name="agentId"/> exists.</summary>
    public static Task<bool> AnotherAdminExistsAsync(WaselDb db, string agentId, CancellationToken cancellationToken) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         join u in db.Users on ur.UserId equals u.Id
         where r.Name == Roles.Admin && !u.Disabled && u.Id != agentId
         select u.Id).AnyAsync(cancellationToken);

    public static async Task SetTeamsAsync(WaselDb db, string agentId, IEnumerable<long> teamIds, CancellationToken cancellationToken)
    {
        var wanted = teamIds.ToHashSet();
        var existing = await db.TeamMembers.Where(m => m.AgentId == agentId).ToListAsync(cancellationToken);
        db.TeamMembers.RemoveRange(existing.Where(m => !wanted.Contains(m.TeamId)));
        db.TeamMembers.AddRange(wanted.Where(t => existing.All(m => m.TeamId != t)).Select(t => new TeamMember { TeamId = t, AgentId = agentId }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
