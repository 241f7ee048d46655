using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Wasel.Agents;

/// <summary>
/// A Blazor circuit keeps the identity it started with; this checks it against the database every 30 seconds (like
/// the cookie's security-stamp check), so that a password change, a disabled account or a removed one also ends the
/// open interactive pages.
/// </summary>
internal sealed class StaffRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        if (state.User.FindFirstValue(ClaimTypes.NameIdentifier) is null) return true; // nobody signed in: nothing to end
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        if (await users.GetUserAsync(state.User) is not { Disabled: false } agent) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var stamp = state.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(agent);
    }
}
