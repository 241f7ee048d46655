using System.Text.Json;
using Wasel.Conversations;

namespace Wasel.Inbox.Chat;

/// <summary>
/// The chat view's sequence: messages and events in time order with a separator for each new day. Reactions are
/// shown on the message they react to; a reply carries the message it quotes.
/// </summary>
public static class Timeline
{
    public abstract record Item(DateTimeOffset At);
    public sealed record Day(DateOnly Date) : Item(default(DateTimeOffset));
    public sealed record MessageItem(Message Message, Message? Quoted, IReadOnlyList<string> Reactions) : Item(Message.CreatedAt);
    public sealed record Note(ConversationEvent Event, string Text) : Item(Event.At);
    public sealed record Happening(ConversationEvent Event) : Item(Event.At);

    public static IReadOnlyList<Item> Build(ConversationView view, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Local;
        var byWamid = view.Messages.Where(m => m.WaMessageId is not null).ToDictionary(m => m.WaMessageId!);
        // The latest reaction from each side counts; an empty emoji takes it back.
        var reactions = new Dictionary<string, Dictionary<MessageDirection, string>>();
        var shown = new List<Item>();
        foreach (var m in view.Messages)
        {
            if (m.Type == "reaction")
            {
                var parts = MessageParts.Of(m.Type, m.Content);
                if (parts.Str("message_id") is { } target && byWamid.ContainsKey(target))
                {
                    var own = reactions.TryGetValue(target, out var r) ? r : reactions[target] = [];
                    own[m.Direction] = parts.Str("emoji") ?? "";
                    continue;
                }
            }
            var quoted = m.ReplyToWaMessageId is { } replyTo && byWamid.TryGetValue(replyTo, out var q) ? q : null;
            shown.Add(new MessageItem(m, quoted, []));
        }
        shown = shown.Select(i => i is MessageItem mi && mi.Message.WaMessageId is { } id && reactions.TryGetValue(id, out var r)
            ? mi with { Reactions = r.Values.Where(e => e.Length > 0).ToList() }
            : i).ToList();

        foreach (var e in view.Events)
        {
            if (e.Kind == "note") shown.Add(new Note(e, NoteText(e.Data)));
            else if (e.Kind != "created") shown.Add(new Happening(e));
        }

        var ordered = shown.OrderBy(i => i.At).ToList();
        var result = new List<Item>(ordered.Count + 8);
        DateOnly? day = null;
        foreach (var item in ordered)
        {
            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(item.At, zone).DateTime);
            if (date != day) result.Add(new Day(date));
            day = date;
            result.Add(item);
        }
        return result;
    }

    private static string NoteText(string? data)
    {
        if (data is null) return "";
        try
        {
            using var doc = JsonDocument.Parse(data);
            return doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
        }
        catch (JsonException) { return ""; }
    }
}
