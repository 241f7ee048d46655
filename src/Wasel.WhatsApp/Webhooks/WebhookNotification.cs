using System.Text.Json;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// One webhook POST from Meta: its entries and changes as sent, and every event in them flattened in order.
/// </summary>
public sealed record WebhookNotification
{
    /// <summary>Always <c>whatsapp_business_account</c> for WhatsApp.</summary>
    public required string Object { get; init; }

    /// <summary>The entries, one per WhatsApp Business Account.</summary>
    public required IReadOnlyList<WebhookEntry> Entries { get; init; }

    /// <summary>Every event of every change of every entry, in the order Meta sent them.</summary>
    public required IReadOnlyList<WebhookEvent> Events { get; init; }
}

/// <summary>One <c>entry[]</c>: a WhatsApp Business Account and what changed on it.</summary>
public sealed record WebhookEntry
{
    /// <summary>The WhatsApp Business Account id.</summary>
    public required string WabaId { get; init; }

    /// <summary>The entry's <c>time</c>, present on non-message fields.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>The changes in this entry.</summary>
    public required IReadOnlyList<WebhookChange> Changes { get; init; }
}

/// <summary>One <c>changes[]</c> item: a field and its value.</summary>
public sealed record WebhookChange
{
    /// <summary>The subscribed field, e.g. <c>messages</c>.</summary>
    public required string Field { get; init; }

    /// <summary>The change's value as received.</summary>
    public required JsonElement Value { get; init; }

    /// <summary>The events this change yielded.</summary>
    public required IReadOnlyList<WebhookEvent> Events { get; init; }
}
