namespace Wasel.Sandbox.State;

/// <summary>A WhatsApp user the sandbox pretends to be. Mutated only under <see cref="SandboxState.Sync"/>.</summary>
public sealed class SimulatedCustomer
{
    public required string WaId { get; init; }
    public required string Name { get; set; }
    /// <summary>BCP-47-ish language the customer writes in, e.g. "ar" or "en"; used by the load generator and phone page.</summary>
    public string Language { get; set; } = "en";
    public bool OnWhatsApp { get; set; } = true;
    public bool BlockedBusiness { get; set; }
    public bool StoppedMarketing { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Time of the customer's last message: the customer-service window runs from here.</summary>
    public DateTimeOffset? LastInboundAt { get; set; }
    /// <summary>End of a free-entry-point window opened by an ad referral, if any.</summary>
    public DateTimeOffset? FreeEntryPointUntil { get; set; }

    /// <summary>Both directions in order: what the customer sent and what the business sent them.</summary>
    public List<SandboxMessage> Timeline { get; } = [];
}
