using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Agents.Admin;

/// <summary>Changes an agent's name, role, teams, languages and cap (not their e-mail). Admins only; the last admin stays one.</summary>
public sealed class UpdateAgent(IServiceScopeFactory scopes, IStringLocalizer<AgentsText> text)
{
    public async Task<Result<string>> HandleAsync(Staff caller, string agentId, AgentInput input, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaselDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        if (await users.FindByIdAsync(agentId) is not { } agent) return Problem.NotFound("Agent", $"No agent has the id {agentId}.");

        var errors = await AgentInputRules.ValidateAsync(db, text, input, checkEmail: false, cancellationToken);
        if (!errors.ContainsKey("role") && input.Role != Roles.Admin && await users.IsInRoleAsync(agent, Roles.Admin)
            && !await AgentRoles.AnotherAdminExistsAsync(db, agent.Id, cancellationToken))
            errors["role"] = [text["ErrorLastAdmin"]];
        if (errors.Count > 0) return errors;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        agent.DisplayName = input.Name.Trim();
        agent.Languages = AgentInputRules.NormalizeLanguages(input.Languages);
        agent.ConcurrencyCap = input.ConcurrencyCap;
        AgentRoles.Check(await users.UpdateAsync(agent));
        await AgentRoles.SetAsync(users, scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), agent, input.Role);
        await AgentRoles.SetTeamsAsync(db, agent.Id, input.TeamIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return agent.Id;
    }
}
