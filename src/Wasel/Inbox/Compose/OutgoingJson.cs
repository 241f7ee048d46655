using System.Text.Json.Nodes;

namespace Wasel.Inbox.Compose;

/// <summary>The Cloud API message objects the compose box sends (validated again by SendMessage).</summary>
public static class OutgoingJson
{
    public static JsonObject Text(string body, string? replyTo) =>
        WithContext(new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["body"] = body, ["preview_url"] = body.Contains("https://", StringComparison.Ordinal) } }, replyTo);

    /// <summary>Reply buttons (up to three): the customer taps one instead of typing.</summary>
    public static JsonObject Buttons(string body, IEnumerable<string> titles, string? replyTo)
    {
        var buttons = new JsonArray();
        var i = 0;
        foreach (var title in titles)
            buttons.Add(new JsonObject { ["type"] = "reply", ["reply"] = new JsonObject { ["id"] = $"btn_{++i}", ["title"] = title } });
        return WithContext(new JsonObject
        {
            ["type"] = "interactive",
            ["interactive"] = new JsonObject
            {
                ["type"] = "button",
                ["body"] = new JsonObject { ["text"] = body },
                ["action"] = new JsonObject { ["buttons"] = buttons },
            },
        }, replyTo);
    }

    /// <param name="kind">image, video, audio, document or sticker (as the upload classified the file).</param>
    public static JsonObject Media(string kind, string mediaId, string? caption, string? fileName, string? replyTo)
    {
        var media = new JsonObject { ["id"] = mediaId };
        if (!string.IsNullOrWhiteSpace(caption) && kind is "image" or "video" or "document") media["caption"] = caption;
        if (kind == "document" && !string.IsNullOrWhiteSpace(fileName)) media["filename"] = fileName;
        return WithContext(new JsonObject { ["type"] = kind, [kind] = media }, replyTo);
    }

    private static JsonObject WithContext(JsonObject message, string? replyTo)
    {
        if (!string.IsNullOrEmpty(replyTo)) message["context"] = new JsonObject { ["message_id"] = replyTo };
        return message;
    }
}
