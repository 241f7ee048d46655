using System.Text.Json.Serialization;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Webhooks;

/// <summary>One POST (and its redeliveries) as shown by GET /api/webhooks/deliveries.</summary>
public sealed class WebhookDeliveryRecord
{
    [JsonPropertyName("id")] public required long Id { get; init; }
    /// <summary>The fields of the changes in this POST, e.g. ["messages"].</summary>
    [JsonPropertyName("fields")] public required string[] Fields { get; init; }
    [JsonPropertyName("changes")] public required int Changes { get; init; }
    [JsonPropertyName("created_at")] public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>sending, delivered, retrying or dropped.</summary>
    [JsonPropertyName("state")] public string State { get; set; } = "sending";
    [JsonPropertyName("attempts")] public int Attempts { get; set; }
    [JsonPropertyName("last_status_code")] public int? LastStatusCode { get; set; }
    [JsonPropertyName("last_error")] public string? LastError { get; set; }
    [JsonPropertyName("last_attempt_at")] public DateTimeOffset? LastAttemptAt { get; set; }
    [JsonPropertyName("next_attempt_at")] public DateTimeOffset? NextAttemptAt { get; set; }
    /// <summary>True when the POST was sent a second time on purpose (Sandbox:DuplicateWebhookRate).</summary>
    [JsonPropertyName("duplicated")] public bool Duplicated { get; set; }

    internal WebhookDeliveryRecord Copy() => (WebhookDeliveryRecord)MemberwiseClone();
}

/// <summary>
/// The most recent deliveries, newest last, bounded by Sandbox:WebhookDeliveryLogSize so that a long load run does
/// not grow memory. Records are updated in place under the log's lock.
/// </summary>
public sealed class WebhookDeliveryLog
{
    private readonly Queue<WebhookDeliveryRecord> records = new();
    private readonly SandboxState state;
    private long nextId;

    public WebhookDeliveryLog(SandboxState state)
    {
        this.state = state;
        state.Resetting += () => { lock (records) records.Clear(); };
    }

    internal WebhookDeliveryRecord Start(IReadOnlyList<PendingChange> changes, DateTimeOffset createdAt)
    {
        var fields = changes.Count == 1 ? [changes[0].Field] : changes.Select(c => c.Field).Distinct().ToArray();
        var record = new WebhookDeliveryRecord
        {
            Id = Interlocked.Increment(ref nextId), Fields = fields, Changes = changes.Count, CreatedAt = createdAt,
        };
        var capacity = Math.Max(1, state.Settings.WebhookDeliveryLogSize);
        lock (records)
        {
            records.Enqueue(record);
            while (records.Count > capacity) records.Dequeue();
        }
        return record;
    }

    internal void Update(WebhookDeliveryRecord record, Action<WebhookDeliveryRecord> change)
    {
        lock (records) change(record);
    }

    /// <summary>Newest first; <paramref name="state"/> filters (delivered, retrying, dropped, sending).</summary>
    public IReadOnlyList<WebhookDeliveryRecord> Recent(int limit, string? state = null)
    {
        lock (records)
            return records.Reverse()
                .Where(r => state is null || r.State == state)
                .Take(limit)
                .Select(r => r.Copy())
                .ToList();
    }
}
