using System.Text.Json;

namespace Wasel.Inbox.Chat;

/// <summary>Reads a stored message object (Cloud API JSON) for display; tolerant of missing or odd fields.</summary>
public sealed class MessageParts
{
    private MessageParts(string type, JsonElement root, JsonElement part)
    {
        Type = type;
        Root = root;
        Part = part;
    }

    public string Type { get; }
    /// <summary>The whole message object.</summary>
    public JsonElement Root { get; }
    /// <summary>The object under the type's name (e.g. "image": {…}), or the root when there is none.</summary>
    public JsonElement Part { get; }

    public static MessageParts Of(string type, string? content)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(content) ? "{}" : content);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            using var empty = JsonDocument.Parse("{}");
            root = empty.RootElement.Clone();
        }
        if (root.ValueKind != JsonValueKind.Object) return new MessageParts(type, root, root);
        var part = root.TryGetProperty(type, out var p) && p.ValueKind == JsonValueKind.Object ? p : root;
        return new MessageParts(type, root, part);
    }

    public string? Str(params string[] path) => Str(Part, path);

    public static string? Str(JsonElement from, params string[] path)
    {
        var e = from;
        foreach (var name in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e)) return null;
        }
        return e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.GetRawText(),
            _ => null,
        };
    }

    public static IEnumerable<JsonElement> Array(JsonElement from, params string[] path)
    {
        var e = from;
        foreach (var name in path)
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e)) return [];
        return e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToList() : [];
    }

    /// <summary>The caption or text a person would read first, for list previews and quoted replies.</summary>
    public string? MainText => Type switch
    {
        "text" => Str("body"),
        "image" or "video" or "document" => Str("caption") ?? Str("filename"),
        "interactive" => Str("body", "text") ?? Str("button_reply", "title") ?? Str("list_reply", "title") ?? Str("nfm_reply", "body"),
        "button" => Str("text"),
        "location" => Str("name") ?? Str("address"),
        "contacts" => Array(Root, "contacts").Select(c => Str(c, "name", "formatted_name")).FirstOrDefault(n => n is not null),
        "reaction" => Str("emoji"),
        "template" => Str("name"),
        _ => null,
    };
}
