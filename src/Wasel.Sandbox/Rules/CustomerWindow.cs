using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Rules;

/// <summary>The customer-service window (24 h after the customer's last message) and the free-entry-point window (72 h after an ad referral).</summary>
public static class CustomerWindow
{
    public static bool IsServiceWindowOpen(SimulatedCustomer customer, DateTimeOffset now, SandboxOptions settings) =>
        customer.LastInboundAt is { } last && now - last < TimeSpan.FromHours(settings.CustomerServiceWindowHours);

    public static bool IsFreeEntryPointOpen(SimulatedCustomer customer, DateTimeOffset now) =>
        customer.FreeEntryPointUntil is { } until && now < until;

    /// <summary>Free-form messages are allowed while either window is open.</summary>
    public static bool IsOpen(SimulatedCustomer customer, DateTimeOffset now, SandboxOptions settings) =>
        IsServiceWindowOpen(customer, now, settings) || IsFreeEntryPointOpen(customer, now);

    /// <summary>When the window in force closes: the later of the two, for conversation.expiration_timestamp.</summary>
    public static DateTimeOffset? ClosesAt(SimulatedCustomer customer, SandboxOptions settings)
    {
        var service = customer.LastInboundAt?.AddHours(settings.CustomerServiceWindowHours);
        var entry = customer.FreeEntryPointUntil;
        return service > entry || entry is null ? service : entry;
    }
}
