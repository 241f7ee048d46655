using System.Text;
using Wasel.Inbox;
using Wasel.Inbox.Live;

namespace Wasel.Tests.Inbox.Live;

/// <summary>The NOTIFY payload: ids only, and never at PostgreSQL's 8,000-byte limit however much a flush holds.</summary>
public class LivePayloadTests
{
    [Fact]
    public void A_large_flush_is_split_into_payloads_under_the_limit_that_decode_to_the_same_changes()
    {
        var changes = Enumerable.Range(0, 1000)
            .Select(i => new InboxChange((InboxChangeKind)(i % 4), 1_000_000 + i, i % 3 == 0 ? null : i, i % 2 == 0 ? Guid.NewGuid().ToString() : null, i * 10L, i % 5 == 0 ? "api:bench" : null))
            .ToList();
        var notes = new[] { new PresenceNote(5, 2, null, "agent-1", "ليلى \"Layla\" <b>", "tab", PresenceActivity.Typing), new PresenceNote(5, 2, null, "agent-2", "Omar", "", null) };

        var payloads = LivePayload.Encode("node-a", new InboxBroadcast(changes, notes)).ToList();

        Assert.True(payloads.Count > 1);
        Assert.All(payloads, p => Assert.True(Encoding.UTF8.GetByteCount(p) < 8000, $"{Encoding.UTF8.GetByteCount(p)} bytes"));
        var decoded = payloads.Select(LivePayload.Decode).ToList();
        Assert.All(decoded, d => Assert.Equal("node-a", d.Node));
        Assert.Equal(changes, decoded.SelectMany(d => d.Broadcast.Changes));
        Assert.Equal(notes, decoded.SelectMany(d => d.Broadcast.Presence));
    }
}
