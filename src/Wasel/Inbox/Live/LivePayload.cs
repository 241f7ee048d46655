using System.Text;
using System.Text.Json;

namespace Wasel.Inbox.Live;

/// <summary>
/// The NOTIFY payload: compact JSON with ids only, no content. PostgreSQL refuses payloads of 8000 bytes or more, so a
/// broadcast is split into as many payloads as needed (about 60 changes each).
/// <code>{"n":"node","c":[[kind,conversation,team,assignee,message,actor]],"p":[[conversation,team,assignee,staff,name,circuit,"v"|"t"|"l"]]}</code>
/// </summary>
public static class LivePayload
{
    public const int MaxBytes = 7900;

    public static IEnumerable<string> Encode(string node, InboxBroadcast broadcast)
    {
        var changes = new List<string>();
        var notes = new List<string>();
        var size = 32 + node.Length;
        foreach (var item in broadcast.Changes.Select(Encode).Select(s => (Change: true, Json: s))
                     .Concat(broadcast.Presence.Select(Encode).Select(s => (Change: false, Json: s))))
        {
            var bytes = Encoding.UTF8.GetByteCount(item.Json) + 1;
            if (size + bytes > MaxBytes && changes.Count + notes.Count > 0)
            {
                yield return Write(node, changes, notes);
                changes.Clear();
                notes.Clear();
                size = 32 + node.Length;
            }
            (item.Change ? changes : notes).Add(item.Json);
            size += bytes;
        }
        if (changes.Count + notes.Count > 0) yield return Write(node, changes, notes);
    }

    public static (string Node, InboxBroadcast Broadcast) Decode(string payload)
    {
        using var json = JsonDocument.Parse(payload);
        var root = json.RootElement;
        var changes = root.TryGetProperty("c", out var c)
            ? c.EnumerateArray().Select(a => new InboxChange((InboxChangeKind)a[0].GetInt32(), a[1].GetInt64(), Long(a[2]), Text(a[3]), Long(a[4]), Text(a[5]))).ToList()
            : [];
        var notes = root.TryGetProperty("p", out var p)
            ? p.EnumerateArray().Select(a => new PresenceNote(a[0].GetInt64(), Long(a[1]), Text(a[2]), a[3].GetString()!, a[4].GetString()!, a[5].GetString()!,
                a[6].GetString() switch { "v" => PresenceActivity.Viewing, "t" => PresenceActivity.Typing, _ => (PresenceActivity?)null })).ToList()
            : [];
        return (root.GetProperty("n").GetString()!, new InboxBroadcast(changes, notes));
    }

    private static string Write(string node, List<string> changes, List<string> notes) =>
        $"{{\"n\":{JsonSerializer.Serialize(node)},\"c\":[{string.Join(',', changes)}],\"p\":[{string.Join(',', notes)}]}}";

    private static string Encode(InboxChange c) =>
        JsonSerializer.Serialize(new object?[] { (int)c.Kind, c.ConversationId, c.TeamId, c.AssigneeId, c.MessageId, c.ActorId });

    private static string Encode(PresenceNote n) =>
        JsonSerializer.Serialize(new object?[]
        {
            n.ConversationId, n.TeamId, n.AssigneeId, n.StaffId, n.DisplayName.Length > 128 ? n.DisplayName[..128] : n.DisplayName,
            n.Circuit.Length > 64 ? n.Circuit[..64] : n.Circuit,
            n.Activity switch { PresenceActivity.Viewing => "v", PresenceActivity.Typing => "t", _ => "l" },
        });

    private static long? Long(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();

    private static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString();
}
