using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;

namespace Wasel.Agents;

/// <summary>The signed-in person in a Blazor component (from the circuit's authentication state).</summary>
public sealed class CurrentStaff(AuthenticationStateProvider authentication, IDbContextFactory<WaselDb> dbFactory)
{
    /// <summary>Null when nobody is signed in, or the account was removed or disabled since.</summary>
    public async Task<Staff?> GetAsync(CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await StaffLoader.LoadAsync(db, state.User, cancellationToken);
    }
}

public static class StaffLoader
{
    /// <summary>Reads the person's role and teams from the database, so that a change applies to the next action.</summary>
    public static async Task<Staff?> LoadAsync(WaselDb db, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id) return null;
        var agent = await db.Users.AsNoTracking().Where(a => a.Id == id && !a.Disabled)
            .Select(a => new { a.Id, a.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (agent is null) return null;
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == id select r.Name)
            .ToListAsync(cancellationToken);
        var role = roles.Contains(Roles.Admin) ? Roles.Admin : roles.Contains(Roles.Supervisor) ? Roles.Supervisor : Roles.Agent;
        var teams = await db.TeamMembers.Where(m => m.AgentId == id).Select(m => m.TeamId).ToListAsync(cancellationToken);
        return new Staff(agent.Id, agent.DisplayName, role, teams.ToHashSet());
    }
}
