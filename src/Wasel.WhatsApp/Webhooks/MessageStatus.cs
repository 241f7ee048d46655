using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// What happened to a message the business sent (<c>value.statuses[]</c>). Statuses may arrive twice, late or out of
/// order: deduplicate on <see cref="Id"/> plus <see cref="Status"/>.
/// </summary>
public sealed record MessageStatus : WebhookEvent
{
    /// <summary>The wamid returned when the message was sent.</summary>
    public string Id { get; init; } = "";

    /// <summary>Meta's status string as sent, including values this library does not know.</summary>
    public string Status { get; init; } = "";

    /// <summary><see cref="Status"/> as an enum; <see cref="DeliveryState.Unknown"/> for new values.</summary>
    [JsonIgnore]
    public DeliveryState State => Status switch
    {
        "sent" => DeliveryState.Sent,
        "delivered" => DeliveryState.Delivered,
        "read" => DeliveryState.Read,
        "played" => DeliveryState.Played,
        "failed" => DeliveryState.Failed,
        _ => DeliveryState.Unknown,
    };

    /// <summary>When the status changed.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The customer's wa_id, or the group id for group messages.</summary>
    public string? RecipientId { get; init; }

    /// <summary>The customer's business-scoped user id, when Meta sends it.</summary>
    public string? RecipientUserId { get; init; }

    /// <summary><c>individual</c> or <c>group</c>.</summary>
    public string? RecipientType { get; init; }

    /// <summary>For group messages: the participant the status is about.</summary>
    public string? RecipientParticipantId { get; init; }

    /// <summary>The value given in <c>biz_opaque_callback_data</c> when the message was sent.</summary>
    public string? BizOpaqueCallbackData { get; init; }

    /// <summary>The conversation the message belongs to; omitted by newer API versions outside free-entry windows.</summary>
    public StatusConversation? Conversation { get; init; }

    /// <summary>How the message is charged.</summary>
    public StatusPricing? Pricing { get; init; }

    /// <summary>Why the message failed, on <c>failed</c> statuses.</summary>
    public IReadOnlyList<WebhookError>? Errors { get; init; }
}

/// <summary>Delivery states Meta documents for outgoing messages.</summary>
public enum DeliveryState
{
    /// <summary>A status this library does not know; see <see cref="MessageStatus.Status"/>.</summary>
    Unknown,
    /// <summary>Accepted by WhatsApp's servers.</summary>
    Sent,
    /// <summary>Delivered to the customer's device.</summary>
    Delivered,
    /// <summary>Opened by the customer.</summary>
    Read,
    /// <summary>A voice message played for the first time.</summary>
    Played,
    /// <summary>Not delivered; see <see cref="MessageStatus.Errors"/>.</summary>
    Failed,
}

/// <summary>The conversation a status belongs to.</summary>
public sealed record StatusConversation : WebhookObject
{
    /// <summary>Conversation id.</summary>
    public string? Id { get; init; }

    /// <summary>When the conversation window closes; sent with <c>sent</c> only.</summary>
    public DateTimeOffset? ExpirationTimestamp { get; init; }

    /// <summary>What opened the conversation.</summary>
    public ConversationOrigin? Origin { get; init; }
}

/// <summary>What opened a conversation.</summary>
public sealed record ConversationOrigin : WebhookObject
{
    /// <summary><c>marketing</c>, <c>utility</c>, <c>authentication</c>, <c>service</c>, <c>referral_conversion</c>…</summary>
    public string? Type { get; init; }
}

/// <summary>How a message is charged.</summary>
public sealed record StatusPricing : WebhookObject
{
    /// <summary>Whether it is charged (being deprecated by Meta in favour of <see cref="Type"/>).</summary>
    public bool? Billable { get; init; }

    /// <summary><c>PMP</c> (per message, from July 2025) or <c>CBP</c> (per conversation, before).</summary>
    public string? PricingModel { get; init; }

    /// <summary>PMP only: <c>regular</c>, <c>free_customer_service</c> or <c>free_entry_point</c>.</summary>
    public string? Type { get; init; }

    /// <summary><c>marketing</c>, <c>utility</c>, <c>authentication</c>, <c>service</c>…</summary>
    public string? Category { get; init; }
}
