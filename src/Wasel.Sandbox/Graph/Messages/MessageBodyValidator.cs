using System.Globalization;
using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Graph.Messages;

/// <summary>
/// Meta's checks on the type-specific part of a send (§1.4): a missing required field → 131008, a value out of range
/// → 131009, both naming the parameter as Meta writes it (e.g. text['body']).
/// </summary>
internal static class MessageBodyValidator
{
    public static readonly string[] Types =
        ["text", "image", "audio", "video", "document", "sticker", "location", "contacts", "reaction", "interactive", "template"];

    public static GraphError? Validate(JsonObject root, string type) => type switch
    {
        "text" => Text(JsonFields.Object(root, "text")),
        "image" or "audio" or "video" or "document" or "sticker" => Media(JsonFields.Object(root, type), type),
        "location" => Location(JsonFields.Object(root, "location")),
        "contacts" => Contacts(JsonFields.Array(root, "contacts")),
        "reaction" => Reaction(JsonFields.Object(root, "reaction")),
        "interactive" => InteractiveValidator.Validate(JsonFields.Object(root, "interactive")),
        _ => Template(JsonFields.Object(root, "template")),
    };

    private static GraphError? Text(JsonObject? text)
    {
        if (text is null) return GraphError.Required("text");
        var body = JsonFields.String(text, "body");
        if (string.IsNullOrEmpty(body)) return GraphError.Required("text['body']");
        return body.Length > 4096 ? GraphError.Invalid("Param text['body'] must be at most 4096 characters long.") : null;
    }

    private static GraphError? Media(JsonObject? media, string type)
    {
        if (media is null) return GraphError.Required(type);
        var id = JsonFields.String(media, "id");
        var link = JsonFields.String(media, "link");
        if (id is null && link is null) return GraphError.Required($"{type}['id'] or {type}['link']");
        if (id is not null && link is not null) return GraphError.Invalid($"Param {type} must have either id or link, not both.");
        if (link is not null && (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            return GraphError.Invalid($"Param {type}['link'] must be a valid http(s) URL.");
        var caption = JsonFields.String(media, "caption");
        if (caption is not null && type is "audio" or "sticker") return GraphError.Invalid($"Param {type}['caption'] is not allowed for {type} messages.");
        return caption?.Length > 1024 ? GraphError.Invalid($"Param {type}['caption'] must be at most 1024 characters long.") : null;
    }

    private static GraphError? Location(JsonObject? location)
    {
        if (location is null) return GraphError.Required("location");
        foreach (var (field, max) in new[] { ("latitude", 90.0), ("longitude", 180.0) })
        {
            var value = JsonFields.String(location, field);
            if (value is null) return GraphError.Required($"location['{field}']");
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || Math.Abs(number) > max)
                return GraphError.Invalid($"Param location['{field}'] must be a number between -{max} and {max}.");
        }
        return null;
    }

    private static GraphError? Contacts(JsonArray? contacts)
    {
        if (contacts is null || contacts.Count == 0) return GraphError.Required("contacts");
        for (var i = 0; i < contacts.Count; i++)
        {
            if (contacts[i] is not JsonObject contact) return GraphError.Invalid($"Param contacts[{i}] must be an object.");
            var name = JsonFields.Object(contact, "name");
            if (string.IsNullOrEmpty(JsonFields.String(name, "formatted_name"))) return GraphError.Required($"contacts[{i}]['name']['formatted_name']");
        }
        return null;
    }

    private static GraphError? Reaction(JsonObject? reaction)
    {
        if (reaction is null) return GraphError.Required("reaction");
        if (string.IsNullOrEmpty(JsonFields.String(reaction, "message_id"))) return GraphError.Required("reaction['message_id']");
        // "" is allowed: it removes the reaction.
        return JsonFields.String(reaction, "emoji") is null ? GraphError.Required("reaction['emoji']") : null;
    }

    private static GraphError? Template(JsonObject? template)
    {
        if (template is null) return GraphError.Required("template");
        if (string.IsNullOrEmpty(JsonFields.String(template, "name"))) return GraphError.Required("template['name']");
        var language = JsonFields.Object(template, "language");
        if (string.IsNullOrEmpty(JsonFields.String(language, "code"))) return GraphError.Required("template['language']['code']");
        return JsonFields.IsMalformed(template, "components") ? GraphError.Invalid("Param template['components'] must be an array.") : null;
    }
}
