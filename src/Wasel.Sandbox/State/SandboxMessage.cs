using System.Text.Json.Nodes;

namespace Wasel.Sandbox.State;

public enum MessageDirection
{
    /// <summary>Customer to business (delivered to the platform as a webhook).</summary>
    Inbound,
    /// <summary>Business to customer (sent through the Graph API).</summary>
    Outbound,
}

/// <summary>One message on a simulated customer's phone. Mutated only under <see cref="SandboxState.Sync"/>.</summary>
public sealed class SandboxMessage
{
    public required string Id { get; init; }
    public required MessageDirection Direction { get; init; }
    public required string Type { get; init; }
    /// <summary>The message object as sent or received, in Meta's shape (type-specific part plus context).</summary>
    public required JsonObject Body { get; init; }
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Outbound only: accepted, sent, delivered, read or failed.</summary>
    public string Status { get; set; } = "accepted";
    public List<StatusChange> Statuses { get; } = [];
    /// <summary>Outbound only: the error a failed message carries (Meta's webhook error object).</summary>
    public JsonObject? Error { get; set; }
    /// <summary>Outbound only: pricing category (marketing, utility, authentication, service).</summary>
    public string? Category { get; set; }
    public string? BizOpaqueCallbackData { get; set; }
    /// <summary>
    /// Outbound templates only: the template as the customer sees it, with parameters filled in
    /// (header, body, footer, buttons[] with type/text/payload/url), so that the phone page need not know templates.
    /// </summary>
    public JsonObject? Rendered { get; set; }
}

public sealed record StatusChange(string Status, DateTimeOffset At);
