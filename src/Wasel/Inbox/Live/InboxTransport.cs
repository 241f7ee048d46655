namespace Wasel.Inbox.Live;

/// <summary>What one node tells the others: inbox changes and presence notes.</summary>
public sealed record InboxBroadcast(IReadOnlyList<InboxChange> Changes, IReadOnlyList<PresenceNote> Presence);

/// <summary>An agent's presence in a conversation as the other nodes learn it; a null activity means they left.</summary>
public sealed record PresenceNote(long ConversationId, long? TeamId, string? AssigneeId, string StaffId, string DisplayName, string Circuit, PresenceActivity? Activity);

/// <summary>
/// Carries what one node publishes to the other nodes of the installation. Delivery to this node's own subscribers is
/// the notifier's job, so a transport only sends away; the receiving side (a listener) hands what arrives to
/// <see cref="InboxNotifier"/> and <see cref="Presence"/>.
/// </summary>
public interface IInboxTransport
{
    Task SendAsync(InboxBroadcast broadcast, CancellationToken cancellationToken);
}

/// <summary>One node (the SQLite default): there is nobody else to tell.</summary>
public sealed class InProcessTransport : IInboxTransport
{
    public Task SendAsync(InboxBroadcast broadcast, CancellationToken cancellationToken) => Task.CompletedTask;
}
