using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wasel.Agents;
using Wasel.Platform.Data;

namespace Wasel.Tests.Inbox;

/// <summary>Builders for agents and teams, and a signed-in cookie for one of them (there is no sign-in page in these tests).</summary>
internal static class InboxPeople
{
    public static async Task<Staff> AgentAsync(IServiceProvider services, string role, string? id = null, string? name = null, params long[] teams)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        id ??= Guid.NewGuid().ToString("N");
        var agent = new Agent { Id = id, UserName = id + "@example.com", Email = id + "@example.com", DisplayName = name ?? "Agent " + id[..4] };
        Check(await users.CreateAsync(agent));
        Check(await users.AddToRoleAsync(agent, role));
        var db = scope.ServiceProvider.GetRequiredService<WaselDb>();
        foreach (var team in teams) db.TeamMembers.Add(new TeamMember { TeamId = team, AgentId = id });
        await db.SaveChangesAsync();
        return new Staff(id, agent.DisplayName, role, teams.ToHashSet());
    }

    public static async Task<long> TeamAsync(IServiceProvider services, string? name = null)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync();
        var team = new Team { Name = name ?? "Team " + Guid.NewGuid().ToString("N")[..6] };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    }

    /// <summary>The value of the sign-in cookie for this agent, as the sign-in page would set it.</summary>
    public static async Task<string> CookieAsync(IServiceProvider services, string agentId)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<Agent>>();
        var principal = await factory.CreateAsync((await users.FindByIdAsync(agentId))!);
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        return options.TicketDataFormat.Protect(new AuthenticationTicket(principal, new AuthenticationProperties(), IdentityConstants.ApplicationScheme));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
