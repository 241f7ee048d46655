using System.Text.Json.Serialization;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Control;

public sealed record CreateCustomerRequest(
    [property: JsonPropertyName("wa_id")] string? WaId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("language")] string? Language = null,
    [property: JsonPropertyName("on_whatsapp")] bool? OnWhatsApp = null);

/// <summary>A simulated customer as the control API shows it.</summary>
public sealed record CustomerResponse(
    [property: JsonPropertyName("wa_id")] string WaId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("on_whatsapp")] bool OnWhatsApp,
    [property: JsonPropertyName("blocked")] bool Blocked,
    [property: JsonPropertyName("stopped_marketing")] bool StoppedMarketing,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("last_inbound_at")] DateTimeOffset? LastInboundAt,
    [property: JsonPropertyName("service_window_until")] DateTimeOffset? ServiceWindowUntil,
    [property: JsonPropertyName("free_entry_point_until")] DateTimeOffset? FreeEntryPointUntil,
    [property: JsonPropertyName("messages")] int Messages)
{
    public static CustomerResponse From(SimulatedCustomer c, SandboxState state)
    {
        lock (state.Sync)
        {
            var windowUntil = c.LastInboundAt + TimeSpan.FromHours(state.Settings.CustomerServiceWindowHours);
            return new CustomerResponse(c.WaId, c.Name, c.Language, c.OnWhatsApp, c.BlockedBusiness, c.StoppedMarketing, c.CreatedAt,
                c.LastInboundAt, windowUntil, c.FreeEntryPointUntil, c.Timeline.Count);
        }
    }
}
