namespace Wasel.Sandbox.Webhooks;

/// <summary>The changes of one POST, kept together across redeliveries (Meta resends the same body).</summary>
internal sealed class WebhookBatch(PendingChange[] changes, PendingChange[] followers, WebhookDeliveryRecord record)
{
    public PendingChange[] Changes => changes;

    /// <summary>Held-back statuses to send once this POST was delivered or dropped.</summary>
    public PendingChange[] Followers => followers;

    public WebhookDeliveryRecord Record => record;

    /// <summary>When the oldest change was created: the retry horizon counts from here.</summary>
    public DateTimeOffset CreatedAt { get; } = changes.Min(c => c.CreatedAt);

    /// <summary>The signed bytes, copied out of the sender's buffer only when a redelivery needs them.</summary>
    public byte[]? Body { get; set; }

    public int Attempts { get; set; }
}
