using Microsoft.Extensions.Options;
using Wasel.Agents;

namespace Wasel.Inbox.Live;

public enum PresenceActivity
{
    Viewing,
    Typing,
}

/// <summary>Another agent in a conversation, as the collision warning shows them.</summary>
public sealed record PresentAgent(string StaffId, string DisplayName, PresenceActivity Activity);

/// <summary>
/// Who is viewing and who is typing in which conversation, on every node. How the chat view uses it:
/// <list type="bullet">
/// <item><c>Viewing(staff, conversationId, circuit)</c> when the conversation opens and then every few seconds as a
/// heartbeat (e.g. every 5 s; a viewer is dropped after <see cref="LiveOptions.ViewingTimeout"/> without one).</item>
/// <item><c>Typing(staff, conversationId, circuit)</c> on input in the composer (once a second is plenty); without another
/// one for <see cref="LiveOptions.TypingTimeout"/> the agent is back to viewing.</item>
/// <item><c>Left(staff, conversationId, circuit)</c> when the view closes or moves to another conversation (and on dispose).</item>
/// <item>On an <see cref="InboxChangeKind.Presence"/> change for the shown conversation, <c>Others(conversationId, staff.Id)</c>
/// gives the agents to warn about (one row each: typing wins over viewing across their tabs).</item>
/// </list>
/// <c>circuit</c> tells one tab from another (pass an id made when the component starts); with the default, all the
/// agent's tabs on one node share one entry. The methods return at once: the conversation's team and assignee (so that
/// only those who may see it learn who is there) are looked up in the background before the change is published.
/// </summary>
public sealed class Presence : IDisposable
{
    private readonly InboxNotifier notifier;
    private readonly IInboxTransport transport;
    private readonly ConversationAudience audience;
    private readonly TimeProvider time;
    private readonly LiveOptions options;
    private readonly ILogger<Presence> log;
    private readonly ITimer sweeper;
    private readonly Lock gate = new();
    private readonly Dictionary<Key, Entry> entries = [];

    /// <summary>This node's entries in <see cref="Key.Node"/>; other nodes' entries carry the node id they came from.</summary>
    private const string Here = "";

    public Presence(InboxNotifier notifier, IInboxTransport transport, ConversationAudience audience, TimeProvider time, IOptions<LiveOptions> options, ILogger<Presence> log)
    {
        this.notifier = notifier;
        this.transport = transport;
        this.audience = audience;
        this.time = time;
        this.options = options.Value;
        this.log = log;
        sweeper = time.CreateTimer(_ => Sweep(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public void Viewing(Staff staff, long conversationId, string circuit = "") => Touch(staff, conversationId, circuit, typing: false);

    public void Typing(Staff staff, long conversationId, string circuit = "") => Touch(staff, conversationId, circuit, typing: true);

    public void Left(Staff staff, long conversationId, string circuit = "")
    {
        Entry? removed;
        var key = new Key(conversationId, staff.Id, Here, circuit);
        lock (gate)
        {
            if (!entries.Remove(key, out removed)) return;
        }
        if (removed.Audience is { } known) Announce(key, removed.DisplayName, known, null);
    }

    /// <summary>The agents other than <paramref name="exceptStaffId"/> viewing or typing in the conversation now.</summary>
    public IReadOnlyList<PresentAgent> Others(long conversationId, string exceptStaffId)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            return entries.Where(e => e.Key.ConversationId == conversationId && e.Key.StaffId != exceptStaffId)
                .Select(e => (e.Key.StaffId, e.Value.DisplayName, Activity: ActivityAt(e.Value, now)))
                .Where(e => e.Activity is not null)
                .GroupBy(e => e.StaffId)
                .Select(g => new PresentAgent(g.Key, g.First().DisplayName,
                    g.Any(e => e.Activity == PresenceActivity.Typing) ? PresenceActivity.Typing : PresenceActivity.Viewing))
                .OrderBy(a => a.DisplayName, StringComparer.CurrentCulture)
                .ToList();
        }
    }

    /// <summary>A note from another node: the agent is there (their own heartbeats there keep it fresh) or left.</summary>
    internal void Apply(string node, PresenceNote note)
    {
        var key = new Key(note.ConversationId, note.StaffId, node, note.Circuit);
        var now = time.GetUtcNow();
        var known = new ConversationAudience.Of(note.TeamId, note.AssigneeId);
        bool changed;
        lock (gate)
        {
            if (note.Activity is null) changed = entries.Remove(key);
            else
            {
                var entry = entries.TryGetValue(key, out var found) ? found : entries[key] = new Entry(note.DisplayName);
                entry.Audience = known;
                entry.SeenAt = now;
                if (note.Activity == PresenceActivity.Typing) entry.TypedAt = now;
                var activity = ActivityAt(entry, now);
                changed = entry.Reported != activity;
                entry.Reported = activity;
            }
        }
        if (changed) notifier.DeliverHere(Change(key, known));
    }

    private void Touch(Staff staff, long conversationId, string circuit, bool typing)
    {
        var key = new Key(conversationId, staff.Id, Here, circuit);
        var now = time.GetUtcNow();
        bool lookUp = false, announce = false, changed = false;
        Entry entry;
        ConversationAudience.Of? known;
        lock (gate)
        {
            if (!entries.TryGetValue(key, out var found))
            {
                found = entries[key] = new Entry(staff.DisplayName);
                lookUp = true;
            }
            entry = found;
            entry.SeenAt = now;
            if (typing) entry.TypedAt = now;
            var activity = ActivityAt(entry, now);
            // Other nodes keep an entry alive on their own clock, so they hear again before it would run out there.
            var refresh = now - entry.AnnouncedAt > (typing ? options.TypingTimeout : options.ViewingTimeout) / 3;
            changed = entry.Reported != activity;
            announce = changed || refresh;
            entry.Reported = activity;
            known = entry.Audience;
            if (announce && known is not null) entry.AnnouncedAt = now;
        }
        // A refresh looks the audience up again: the conversation may have moved to another team or agent since.
        if (lookUp || (announce && !changed)) _ = LookUpAndAnnounceAsync(key, entry, deliverHere: lookUp);
        else if (announce && known is { } audienceOf) Announce(key, entry.DisplayName, audienceOf, entry.Reported, deliverHere: changed);
    }

    private async Task LookUpAndAnnounceAsync(Key key, Entry entry, bool deliverHere)
    {
        try
        {
            if (await audience.FindAsync(key.ConversationId, CancellationToken.None) is not { } found) return;
            PresenceActivity? activity;
            ConversationAudience.Of? previous;
            lock (gate)
            {
                previous = entry.Audience;
                entry.Audience = found;
                entry.AnnouncedAt = time.GetUtcNow();
                if (!entries.ContainsKey(key)) return; // left meanwhile
                activity = entry.Reported;
            }
            Announce(key, entry.DisplayName, found, activity, deliverHere || previous != found);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Could not announce presence in conversation {Id}", key.ConversationId);
        }
    }

    /// <summary>Tells this node's screens (unless it is only a refresh for the other nodes) and the other nodes.</summary>
    private void Announce(Key key, string displayName, ConversationAudience.Of known, PresenceActivity? activity, bool deliverHere = true)
    {
        if (deliverHere) notifier.DeliverHere(Change(key, known));
        var note = new PresenceNote(key.ConversationId, known.TeamId, known.AssigneeId, key.StaffId, displayName, key.Circuit, activity);
        _ = SendAsync(note);
    }

    private async Task SendAsync(PresenceNote note)
    {
        try { await transport.SendAsync(new InboxBroadcast([], [note]), CancellationToken.None); }
        catch (Exception e) { log.LogWarning(e, "Could not send presence in conversation {Id} to the other nodes", note.ConversationId); }
    }

    /// <summary>Drops viewers whose heartbeat stopped and turns quiet typists back into viewers, telling the screens.</summary>
    private void Sweep()
    {
        var now = time.GetUtcNow();
        var changes = new List<InboxChange>();
        lock (gate)
        {
            foreach (var (key, entry) in entries.ToList())
            {
                var activity = ActivityAt(entry, now);
                if (activity == entry.Reported) continue;
                entry.Reported = activity;
                if (activity is null) entries.Remove(key);
                if (entry.Audience is { } known) changes.Add(Change(key, known));
            }
        }
        // Each node sweeps its own copy on its own clock, so expiry is not sent to the others.
        foreach (var change in changes) notifier.DeliverHere(change);
    }

    private PresenceActivity? ActivityAt(Entry entry, DateTimeOffset now) =>
        now - entry.SeenAt >= options.ViewingTimeout ? null
        : entry.TypedAt is { } typed && now - typed < options.TypingTimeout ? PresenceActivity.Typing
        : PresenceActivity.Viewing;

    private static InboxChange Change(Key key, ConversationAudience.Of known) =>
        new(InboxChangeKind.Presence, key.ConversationId, known.TeamId, known.AssigneeId, ActorId: key.StaffId);

    public void Dispose() => sweeper.Dispose();

    private readonly record struct Key(long ConversationId, string StaffId, string Node, string Circuit);

    private sealed class Entry(string displayName)
    {
        public string DisplayName { get; } = displayName;
        public DateTimeOffset SeenAt { get; set; }
        public DateTimeOffset? TypedAt { get; set; }
        /// <summary>The activity the screens were last told.</summary>
        public PresenceActivity? Reported { get; set; }
        public DateTimeOffset AnnouncedAt { get; set; }
        public ConversationAudience.Of? Audience { get; set; }
    }
}
