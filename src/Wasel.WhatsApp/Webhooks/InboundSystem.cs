using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>A system notice about the customer (<c>type: system</c>).</summary>
public sealed record InboundSystem : WebhookObject
{
    /// <summary>The notice as text, e.g. "User A changed from … to …".</summary>
    public string? Body { get; init; }

    /// <summary><c>user_changed_number</c>, <c>customer_identity_changed</c>, or a newer type kept as sent.</summary>
    public string? Type { get; init; }

    /// <summary>The customer's new wa_id after <c>user_changed_number</c>.</summary>
    public string? WaId { get; init; }

    /// <summary>The new wa_id under its older field name, kept for older payloads.</summary>
    public string? NewWaId { get; init; }

    /// <summary>The identity that changed (older payloads).</summary>
    public string? Identity { get; init; }

    /// <summary>The customer's new number: <see cref="WaId"/>, else <see cref="NewWaId"/>.</summary>
    [JsonIgnore]
    public string? ChangedNumber => WaId ?? NewWaId;
}

/// <summary>The identity check sent with <c>customer_identity_changed</c>.</summary>
public sealed record InboundIdentity : WebhookObject
{
    /// <summary>Whether the new identity has been acknowledged.</summary>
    public bool? Acknowledged { get; init; }

    /// <summary>When the identity changed.</summary>
    public DateTimeOffset? CreatedTimestamp { get; init; }

    /// <summary>Identifier of the new identity.</summary>
    public string? Hash { get; init; }
}

/// <summary>What WhatsApp could not hand over (<c>type: unsupported</c>), with 131051 in the message's errors.</summary>
public sealed record InboundUnsupported : WebhookObject
{
    /// <summary>The original type, e.g. <c>poll</c> or <c>edit</c>, when Meta says.</summary>
    public string? Type { get; init; }
}
