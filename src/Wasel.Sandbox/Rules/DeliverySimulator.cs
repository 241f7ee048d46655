using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Rules;

/// <summary>Moves accepted outbound messages through sent → delivered → read (or failed) and publishes each status.</summary>
public sealed class DeliverySimulator
{
    /// <summary>The customer has read everything the business sent them so far (phone page opened, control API "read").</summary>
    public void MarkRead(SimulatedCustomer customer) => throw new NotImplementedException();
}
