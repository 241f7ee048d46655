namespace Wasel.Inbox;

public enum InboxChangeKind
{
    /// <summary>A message was added (inbound, outbound or queued).</summary>
    Message,
    /// <summary>A message's delivery state changed (a tick).</summary>
    Status,
    /// <summary>The conversation changed: status, assignee, team, labels, snooze.</summary>
    Conversation,
    /// <summary>An internal note or other event was added.</summary>
    Event,
    /// <summary>Someone started or stopped viewing or typing in the conversation.</summary>
    Presence,
}

/// <summary>
/// Something on a conversation changed. Carries the conversation's team and assignee so that the notifier can deliver
/// it only to those allowed to see it, and no content: a subscriber reloads what it shows through the access rules.
/// </summary>
public sealed record InboxChange(InboxChangeKind Kind, long ConversationId, long? TeamId, string? AssigneeId, long? MessageId = null, string? ActorId = null);

/// <summary>
/// The one way live updates reach the inbox. Publishers call <see cref="Publish"/> after their change is committed;
/// components subscribe with the signed-in <see cref="Agents.Staff"/> and receive only changes to conversations that
/// person may see. Delivery within this process for now; a cross-node transport goes behind <see cref="Publish"/>.
/// </summary>
public sealed class InboxNotifier(ILogger<InboxNotifier> log)
{
    private readonly Lock gate = new();
    private ImmutableSubscribers subscribers = ImmutableSubscribers.Empty;

    public void Publish(InboxChange change) => Deliver(change);

    public IDisposable Subscribe(Agents.Staff staff, Func<InboxChange, Task> onChange)
    {
        var subscription = new Subscription(this, staff, onChange);
        lock (gate) subscribers = subscribers.Add(subscription);
        return subscription;
    }

    private void Deliver(InboxChange change)
    {
        foreach (var s in subscribers.Items)
        {
            if (!Agents.ConversationAccess.CanSee(s.Staff, change.TeamId, change.AssigneeId)) continue;
            _ = InvokeAsync(s, change);
        }
    }

    private async Task InvokeAsync(Subscription s, InboxChange change)
    {
        try { await s.OnChange(change); }
        catch (Exception e) { log.LogWarning(e, "An inbox subscriber failed to take a change to conversation {Id}", change.ConversationId); }
    }

    private void Remove(Subscription s)
    {
        lock (gate) subscribers = subscribers.Remove(s);
    }

    private sealed class Subscription(InboxNotifier owner, Agents.Staff staff, Func<InboxChange, Task> onChange) : IDisposable
    {
        public Agents.Staff Staff { get; } = staff;
        public Func<InboxChange, Task> OnChange { get; } = onChange;
        public void Dispose() => owner.Remove(this);
    }

    /// <summary>Copy-on-write, so publishing never takes the lock.</summary>
    private sealed record ImmutableSubscribers(Subscription[] Items)
    {
        public static readonly ImmutableSubscribers Empty = new([]);
        public ImmutableSubscribers Add(Subscription s) => new([.. Items, s]);
        public ImmutableSubscribers Remove(Subscription s) => new(Items.Where(x => x != s).ToArray());
    }
}
