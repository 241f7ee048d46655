using Microsoft.EntityFrameworkCore;
using Wasel.Inbox.Live;

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
    /// <summary>
    /// Changes from other nodes may have been missed (the live connection was lost for a while): reload everything shown.
    /// Names no conversation (<see cref="InboxChange.ConversationId"/> is 0) and reaches every subscriber of this node.
    /// </summary>
    Resync,
}

/// <summary>
/// Something on a conversation changed. Carries the conversation's team and assignee so that the notifier can deliver
/// it only to those allowed to see it, and no content: a subscriber reloads what it shows through the access rules.
/// <see cref="MessageId"/> is null when several messages of the conversation changed together (changes are coalesced).
/// </summary>
public sealed record InboxChange(InboxChangeKind Kind, long ConversationId, long? TeamId, string? AssigneeId, long? MessageId = null, string? ActorId = null);

/// <summary>
/// The one way live updates reach the inbox. Publishers call <see cref="Publish"/> after their change is committed
/// (or <see cref="Track"/> before saving and publish what it found after the commit); components subscribe with the
/// signed-in <see cref="Agents.Staff"/> and receive only changes to conversations that person may see.
/// <para>
/// Built by the container, changes are coalesced for <see cref="LiveOptions.CoalesceInterval"/> (many ticks of one
/// conversation become one change), delivered to this node's subscribers and sent through the
/// <see cref="IInboxTransport"/> to the other nodes (PostgreSQL LISTEN/NOTIFY), whose listener hands them to
/// <see cref="DeliverFromOtherNode"/>. Built with only a logger (component tests), delivery is immediate and local.
/// </para>
/// </summary>
public sealed class InboxNotifier : IDisposable
{
    private readonly ILogger<InboxNotifier> log;
    internal ILogger Log => log;
    private readonly IInboxTransport? transport;
    private readonly ChangeCoalescer? coalescer;
    private readonly Lock gate = new();
    private ImmutableSubscribers subscribers = ImmutableSubscribers.Empty;

    public InboxNotifier(ILogger<InboxNotifier> log) => this.log = log;

    public InboxNotifier(IInboxTransport transport, Microsoft.Extensions.Options.IOptions<LiveOptions> options, ILogger<InboxNotifier> log)
    {
        this.log = log;
        this.transport = transport;
        if (options.Value.CoalesceInterval > TimeSpan.Zero) coalescer = new ChangeCoalescer(options.Value.CoalesceInterval, FlushAsync, log);
    }

    public void Publish(InboxChange change)
    {
        if (coalescer is not null)
        {
            coalescer.Add(change);
            return;
        }
        Deliver(change);
        if (transport is not null) _ = SendAsync([change]);
    }

    public IDisposable Subscribe(Agents.Staff staff, Func<InboxChange, Task> onChange)
    {
        var subscription = new Subscription(this, staff, onChange);
        lock (gate) subscribers = subscribers.Add(subscription);
        return subscription;
    }

    /// <summary>
    /// Remembers the messages and conversations <paramref name="db"/> is about to save; after the commit,
    /// <see cref="TrackedChanges.PublishAsync"/> publishes a change for each (added message: Message; changed
    /// message: Status; other conversation change: Conversation).
    /// </summary>
    public TrackedChanges Track(DbContext db) => TrackedChanges.Of(db, this);

    /// <summary>Changes published on another node; delivered here without being sent on again.</summary>
    internal void DeliverFromOtherNode(IEnumerable<InboxChange> changes)
    {
        foreach (var change in changes) Deliver(change);
    }

    /// <summary>Tells this node's subscribers to reload what they show: changes may have been missed, whatever they were.</summary>
    internal void ResyncHere()
    {
        var resync = new InboxChange(InboxChangeKind.Resync, 0, null, null);
        // Carries nothing but the request to reload through the access rules, so everyone may have it.
        foreach (var s in subscribers.Items) _ = InvokeAsync(s, resync);
    }

    /// <summary>Delivers to this node's subscribers only (presence sends its own notes to the other nodes).</summary>
    internal void DeliverHere(InboxChange change) => Deliver(change);

    private async Task FlushAsync(IReadOnlyList<InboxChange> changes)
    {
        foreach (var change in changes) Deliver(change);
        await SendAsync(changes);
    }

    private async Task SendAsync(IReadOnlyList<InboxChange> changes)
    {
        try { await transport!.SendAsync(new InboxBroadcast(changes, []), CancellationToken.None); }
        catch (Exception e) { log.LogWarning(e, "Could not send {Count} inbox changes to the other nodes", changes.Count); }
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

    public void Dispose() => coalescer?.Dispose();

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
