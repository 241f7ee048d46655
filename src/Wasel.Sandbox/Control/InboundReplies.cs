using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Control;

/// <summary>
/// Replies a customer makes by tapping: interactive button_reply / list_reply (checked against the buttons or rows of
/// the message in context.id, and completed from them) and a template quick-reply tap ("button").
/// </summary>
internal static class InboundReplies
{
    /// <param name="context">The replied-to message's body and rendered template, or null when no context was given.</param>
    public static JsonObject? Interactive(JsonNode? payload, (JsonObject Body, JsonObject? Rendered)? context, Errors errors)
    {
        var kind = payload.Text("type");
        if (payload is not JsonObject given || kind is not ("button_reply" or "list_reply" or "nfm_reply"))
        {
            errors.Add("interactive.type", "interactive.type must be button_reply, list_reply or nfm_reply.");
            return null;
        }
        if (given[kind] is not JsonObject reply)
        {
            errors.Add($"interactive.{kind}", $"interactive.{kind} must be an object, e.g. {{\"id\":\"yes\",\"title\":\"Yes\"}}.");
            return null;
        }
        if (kind == "nfm_reply") return given.DeepClone().AsObject();

        var id = reply.Text("id");
        if (string.IsNullOrEmpty(id))
        {
            errors.Add($"interactive.{kind}.id", "id is required: the id of the button or list row the customer tapped.");
            return null;
        }
        var result = new JsonObject { ["type"] = kind };
        var choice = reply.DeepClone().AsObject();
        if (context is { } replied)
        {
            var options = kind == "button_reply" ? Buttons(replied.Body) : Rows(replied.Body);
            var match = options.FirstOrDefault(o => o.Id == id);
            if (match.Id is null)
            {
                var what = kind == "button_reply" ? "a reply button" : "a list row";
                errors.Add($"interactive.{kind}.id",
                    $"'{id}' is not {what} of the message in context.id; its ids are: {string.Join(", ", options.Select(o => o.Id))}.");
                return null;
            }
            choice["title"] ??= match.Title;
            if (match.Description is not null) choice["description"] ??= match.Description;
        }
        if (choice.Text("title") is null) errors.Add($"interactive.{kind}.title", "title is required when there is no context.id to take it from.");
        result[kind] = choice;
        return result;
    }

    /// <summary>A tap on a template's quick-reply button: {"payload","text"}, completed from the template in context.</summary>
    public static JsonObject? Button(JsonNode? payload, (JsonObject Body, JsonObject? Rendered)? context, Errors errors)
    {
        if (payload is not JsonObject given)
        {
            errors.Add("button", "button must be an object: {\"payload\":\"…\",\"text\":\"<button label>\"}.");
            return null;
        }
        var text = given.Text("text");
        var data = given.Text("payload");
        if (context?.Rendered?["buttons"] is JsonArray buttons)
        {
            var quickReplies = buttons.OfType<JsonObject>()
                .Where(b => string.Equals(b.Text("type"), "quick_reply", StringComparison.OrdinalIgnoreCase))
                .ToList();
            var match = quickReplies.FirstOrDefault(b => (text is not null && b.Text("text") == text) || (text is null && data is not null && b.Text("payload") == data));
            if (match is null)
            {
                errors.Add("button.text", "text must be the label of a quick-reply button of the template in context.id: " +
                    string.Join(", ", quickReplies.Select(b => b.Text("text"))) + ".");
                return null;
            }
            text ??= match.Text("text");
            data ??= match.Text("payload") ?? text;
        }
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("button.text", "text is required: the label of the quick-reply button tapped.");
            return null;
        }
        return new JsonObject { ["payload"] = data ?? text, ["text"] = text };
    }

    private static JsonObject? InteractiveOf(JsonObject body) =>
        body["interactive"] as JsonObject ?? (body["action"] is not null ? body : null);

    private static List<(string? Id, string? Title, string? Description)> Buttons(JsonObject body) =>
        (InteractiveOf(body)?["action"]?["buttons"] as JsonArray ?? [])
            .Select(b => (b?["reply"].Text("id"), b?["reply"].Text("title"), (string?)null))
            .ToList();

    private static List<(string? Id, string? Title, string? Description)> Rows(JsonObject body) =>
        (InteractiveOf(body)?["action"]?["sections"] as JsonArray ?? [])
            .SelectMany(s => s?["rows"] as JsonArray ?? [])
            .Select(r => (r.Text("id"), r.Text("title"), r.Text("description")))
            .ToList();
}
