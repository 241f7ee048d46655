using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Agents.Admin;

/// <summary>
/// Disables an agent (they cannot sign in, and their open sessions end at the next security-stamp check) or enables
/// them again. Admins only; the last enabled admin cannot be disabled.
/// </summary>
public sealed class SetAgentDisabled(IServiceScopeFactory scopes, IStringLocalizer<AgentsText> text)
{
    public async Task<Result<string>> HandleAsync(Staff caller, string agentId, bool disabled, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaselDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        if (await users.FindByIdAsync(agentId) is not { } agent) return Problem.NotFound("Agent", $"No agent has the id {agentId}.");
        if (agent.Disabled == disabled) return agent.Id;

        if (disabled && await users.IsInRoleAsync(agent, Roles.Admin) && !await AgentRoles.AnotherAdminExistsAsync(db, agent.Id, cancellationToken))
            return new Dictionary<string, string[]>
            {
                ["disabled"] = [text["ErrorLastAdmin"]],
            };

        agent.Disabled = disabled;
        AgentRoles.Check(await users.UpdateAsync(agent));
        if (disabled) AgentRoles.Check(await users.UpdateSecurityStampAsync(agent));
        return agent.Id;
    }
}
