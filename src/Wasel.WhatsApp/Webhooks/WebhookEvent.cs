using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// One thing that happened, flattened out of a webhook notification: an inbound message, a status, a template or
/// account change. Carries where it came from and its own JSON so that a platform can store it as received.
/// </summary>
public abstract record WebhookEvent : WebhookObject
{
    /// <summary>The WhatsApp Business Account id (<c>entry[].id</c>).</summary>
    [JsonIgnore]
    public string WabaId { get; init; } = "";

    /// <summary>The entry's <c>time</c>, sent on non-message fields; null when absent.</summary>
    [JsonIgnore]
    public DateTimeOffset? EntryTime { get; init; }

    /// <summary>The change's <c>field</c>, e.g. <c>messages</c> or <c>account_update</c>.</summary>
    [JsonIgnore]
    public string Field { get; init; } = "";

    /// <summary>The business phone number's id, from <c>value.metadata</c>; null when the change has none.</summary>
    [JsonIgnore]
    public string? PhoneNumberId { get; init; }

    /// <summary>The business phone number as displayed, from <c>value.metadata</c> or the value itself.</summary>
    [JsonIgnore]
    public string? DisplayPhoneNumber { get; init; }

    /// <summary>This event's JSON as received: the message, the status, or the change's value.</summary>
    [JsonIgnore]
    public JsonElement Raw { get; init; }

    /// <summary>This event's JSON as received, as text.</summary>
    [JsonIgnore]
    public string RawJson => Raw.ValueKind == JsonValueKind.Undefined ? "" : Raw.GetRawText();
}

/// <summary>A change whose <c>field</c> this library does not model; its value is in <see cref="WebhookEvent.Raw"/>.</summary>
public sealed record UnknownChange : WebhookEvent;

/// <summary>
/// Errors Meta reports for the whole change (<c>value.errors</c>) rather than for one message: system, app or
/// account problems.
/// </summary>
public sealed record WebhookErrorReport : WebhookEvent
{
    /// <summary>The reported errors, in the order sent.</summary>
    public required IReadOnlyList<WebhookError> Errors { get; init; }
}
