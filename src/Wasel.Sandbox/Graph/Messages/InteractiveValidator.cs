using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Graph.Messages;

/// <summary>Interactive messages (reply buttons, list, CTA URL, flow): Meta's limits from the interactive-message pages.</summary>
internal static class InteractiveValidator
{
    private static readonly string[] Types =
        ["button", "list", "cta_url", "flow", "product", "product_list", "catalog_message", "location_request_message", "address_message", "carousel", "call_permission_request"];

    public static GraphError? Validate(JsonObject? interactive)
    {
        if (interactive is null) return GraphError.Required("interactive");
        var type = JsonFields.String(interactive, "type");
        if (string.IsNullOrEmpty(type)) return GraphError.Required("interactive['type']");
        if (!Types.Contains(type)) return GraphError.Invalid($"Param interactive['type'] must be one of {{{string.Join(", ", Types)}}}.");
        var needsBody = type is "button" or "list" or "cta_url" or "flow";
        var body = JsonFields.Object(interactive, "body");
        var bodyText = JsonFields.String(body, "text");
        if (needsBody && string.IsNullOrEmpty(bodyText)) return GraphError.Required("interactive['body']['text']");
        var maxBody = type == "list" ? 4096 : 1024;
        if (bodyText?.Length > maxBody) return TooLong("interactive['body']['text']", maxBody);
        if (JsonFields.String(JsonFields.Object(interactive, "footer"), "text")?.Length > 60) return TooLong("interactive['footer']['text']", 60);
        if (Header(JsonFields.Object(interactive, "header"), type) is { } headerError) return headerError;
        var action = JsonFields.Object(interactive, "action");
        if (action is null && type is "button" or "list" or "cta_url" or "flow") return GraphError.Required("interactive['action']");
        return type switch
        {
            "button" => InteractiveActions.Buttons(action!),
            "list" => InteractiveActions.List(action!),
            "cta_url" => InteractiveActions.CtaUrl(action!),
            "flow" => InteractiveActions.Flow(action!),
            _ => null,
        };
    }

    private static GraphError? Header(JsonObject? header, string type)
    {
        if (header is null) return null;
        var kind = JsonFields.String(header, "type");
        if (string.IsNullOrEmpty(kind)) return GraphError.Required("interactive['header']['type']");
        if (type == "list" && kind != "text") return GraphError.Invalid("Param interactive['header']['type'] must be text for list messages.");
        if (kind is not ("text" or "image" or "video" or "document")) return GraphError.Invalid("Param interactive['header']['type'] must be one of {text, image, video, document}.");
        if (kind == "text")
        {
            var text = JsonFields.String(header, "text");
            if (string.IsNullOrEmpty(text)) return GraphError.Required("interactive['header']['text']");
            return text.Length > 60 ? TooLong("interactive['header']['text']", 60) : null;
        }
        var media = JsonFields.Object(header, kind);
        return JsonFields.String(media, "id") is null && JsonFields.String(media, "link") is null
            ? GraphError.Required($"interactive['header']['{kind}']['id'] or ['link']")
            : null;
    }

    public static GraphError TooLong(string parameter, int max) => GraphError.Invalid($"Param {parameter} must be at most {max} characters long.");
}
