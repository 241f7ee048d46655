using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Webhooks;

/// <summary>A change on its way to a lane; <see cref="Follower"/> is sent only after this one was delivered or dropped.</summary>
internal readonly record struct QueuedChange(PendingChange Change, PendingChange? Follower);

/// <summary>
/// Holds back some status changes (Sandbox:OutOfOrderStatusRate) until the next status of the same message has been
/// delivered, so that the platform sees, say, "delivered" before "sent", as it can with Meta. A held status that no
/// later status overtakes is sent after Sandbox:OutOfOrderHoldMs.
/// </summary>
internal sealed class StatusReorderer(TimeProvider time, Action<QueuedChange> forward)
{
    private readonly Dictionary<string, (PendingChange Change, ITimer Timer)> held = new(StringComparer.Ordinal);

    public void Accept(PendingChange change, bool holdBack, TimeSpan holdFor)
    {
        var messageId = StatusMessageId(change);
        if (messageId is null)
        {
            forward(new QueuedChange(change, null));
            return;
        }
        lock (held)
        {
            if (held.Remove(messageId, out var earlier))
            {
                earlier.Timer.Dispose();
                forward(new QueuedChange(change, earlier.Change));
                return;
            }
            if (holdBack)
            {
                var timer = time.CreateTimer(_ => Release(messageId), null, holdFor, Timeout.InfiniteTimeSpan);
                held[messageId] = (change, timer);
                return;
            }
        }
        forward(new QueuedChange(change, null));
    }

    private void Release(string messageId)
    {
        lock (held)
        {
            if (!held.Remove(messageId, out var earlier)) return;
            earlier.Timer.Dispose();
            forward(new QueuedChange(earlier.Change, null));
        }
    }

    /// <summary>The message a status-only "messages" change is about; null for anything else.</summary>
    private static string? StatusMessageId(PendingChange change) =>
        change.Field == "messages" && change.Value["statuses"] is JsonArray { Count: > 0 } statuses && change.Value["messages"] is null
            ? statuses[0]?["id"]?.GetValue<string>()
            : null;
}
