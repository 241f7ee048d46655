using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Agents.Admin;

/// <summary>The new account and its first password, shown to the admin once to hand over; only its hash is kept.</summary>
public sealed record InvitedAgent(string Id, string Email, string Password);

/// <summary>Creates an agent's account with a generated password. Admins only.</summary>
public sealed class InviteAgent(IServiceScopeFactory scopes, TimeProvider time, IStringLocalizer<AgentsText> text)
{
    public async Task<Result<InvitedAgent>> HandleAsync(Staff caller, AgentInput input, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        // UserManager works on a scoped WaselDb; a Blazor circuit lives for hours, so each operation takes its own scope.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaselDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();

        var errors = await AgentInputRules.ValidateAsync(db, text, input, checkEmail: true, cancellationToken);
        var email = input.Email?.Trim() ?? "";
        if (!errors.ContainsKey("email") && await users.FindByEmailAsync(email) is not null)
            errors["email"] = [text["ErrorEmailTaken", email]];
        if (errors.Count > 0) return errors;

        var agent = new Agent
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = input.Name.Trim(),
            Languages = AgentInputRules.NormalizeLanguages(input.Languages),
            ConcurrencyCap = input.ConcurrencyCap,
            CreatedAt = time.GetUtcNow(),
        };
        var password = GeneratedPassword.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(agent, password);
        if (!created.Succeeded)
            return new Dictionary<string, string[]> { ["email"] = created.Errors.Select(e => e.Description).ToArray() };
        await AgentRoles.SetAsync(users, scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), agent, input.Role);
        await AgentRoles.SetTeamsAsync(db, agent.Id, input.TeamIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InvitedAgent(agent.Id, email, password);
    }
}
