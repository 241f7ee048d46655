using Wasel.Agents;
using Wasel.Inbox.Live;

namespace Wasel.Inbox.Chat;

/// <summary>
/// One chat view's part in <see cref="Presence"/>: a heartbeat while a conversation is shown, typing at most once per
/// <see cref="TypingEvery"/>, and leaving when another conversation is shown or the view closes.
/// </summary>
public sealed class PresenceBeacon : IDisposable
{
    /// <summary>Well inside <see cref="LiveOptions.ViewingTimeout"/> (15 s by default), so one late beat loses no one.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);

    /// <summary>Keystrokes come many a second; presence needs to hear of them about once a second.</summary>
    public static readonly TimeSpan TypingEvery = TimeSpan.FromSeconds(1);

    private readonly Presence presence;
    private readonly TimeProvider time;
    private readonly Staff staff;
    private readonly string circuit = Guid.NewGuid().ToString("N");
    private readonly ITimer heartbeat;
    private readonly Lock gate = new();
    private long? shown;
    private DateTimeOffset lastTyped = DateTimeOffset.MinValue;
    private bool disposed;

    public PresenceBeacon(Presence presence, TimeProvider time, Staff staff)
    {
        this.presence = presence;
        this.time = time;
        this.staff = staff;
        heartbeat = time.CreateTimer(_ => Beat(), null, Heartbeat, Heartbeat);
    }

    /// <summary>The conversation on screen now; the same one again changes nothing.</summary>
    public void Show(long conversationId)
    {
        long? left;
        lock (gate)
        {
            if (disposed || shown == conversationId) return;
            (left, shown, lastTyped) = (shown, conversationId, DateTimeOffset.MinValue);
        }
        if (left is { } previous) presence.Left(staff, previous, circuit);
        presence.Viewing(staff, conversationId, circuit);
    }

    public void Typed()
    {
        long id;
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (disposed || shown is not { } current || now - lastTyped < TypingEvery) return;
            (id, lastTyped) = (current, now);
        }
        presence.Typing(staff, id, circuit);
    }

    private void Beat()
    {
        long? id;
        lock (gate) id = disposed ? null : shown;
        if (id is { } current) presence.Viewing(staff, current, circuit);
    }

    public void Dispose()
    {
        long? left;
        lock (gate)
        {
            if (disposed) return;
            (disposed, left, shown) = (true, shown, null);
        }
        heartbeat.Dispose();
        if (left is { } previous) presence.Left(staff, previous, circuit);
    }
}
