using Microsoft.AspNetCore.Identity;

namespace Wasel.Agents;

/// <summary>Identity asks this before every sign-in: a disabled agent's account is not "confirmed", so they cannot sign in.</summary>
internal sealed class AgentConfirmation : IUserConfirmation<Agent>
{
    public Task<bool> IsConfirmedAsync(UserManager<Agent> manager, Agent user) => Task.FromResult(!user.Disabled);
}
