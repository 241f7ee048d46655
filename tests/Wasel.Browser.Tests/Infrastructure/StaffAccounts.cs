using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Browser.Tests.Infrastructure;

/// <summary>A person who can sign in, made straight through Identity so that a test can start from the sign-in page.</summary>
public sealed record StaffAccount(string Id, string Email, string Password, string DisplayName);

public static class StaffAccounts
{
    public static async Task<StaffAccount> CreateAsync(WaselApp app, string displayName, string role = Roles.Agent, string uiLanguage = "en", params long[] teamIds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        var email = $"{Guid.NewGuid():N}@agents.test";
        var password = "Pw-" + Guid.NewGuid().ToString("N")[..12];
        var agent = new Agent { UserName = email, Email = email, DisplayName = displayName, UiLanguage = uiLanguage, CreatedAt = app.Time.GetUtcNow() };
        Check(await users.CreateAsync(agent, password));
        Check(await users.AddToRoleAsync(agent, role));
        if (teamIds.Length > 0)
        {
            var db = scope.ServiceProvider.GetRequiredService<WaselDb>();
            db.AddRange(teamIds.Select(t => new TeamMember { TeamId = t, AgentId = agent.Id }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        return new StaffAccount(agent.Id, email, password, displayName);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
