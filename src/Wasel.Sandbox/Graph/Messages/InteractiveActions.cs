using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Graph.Messages;

/// <summary>The action part of interactive messages: reply buttons (≤3), list (≤10 rows), CTA URL and flow.</summary>
internal static class InteractiveActions
{
    public static GraphError? Buttons(JsonObject action)
    {
        var buttons = JsonFields.Array(action, "buttons");
        if (buttons is null || buttons.Count == 0) return GraphError.Required("interactive['action']['buttons']");
        if (buttons.Count > 3) return GraphError.Invalid("Param interactive['action']['buttons'] must have at most 3 buttons.");
        var ids = new HashSet<string>();
        var titles = new HashSet<string>();
        for (var i = 0; i < buttons.Count; i++)
        {
            var path = $"interactive['action']['buttons'][{i}]";
            var reply = JsonFields.Object(buttons[i] as JsonObject, "reply");
            var id = JsonFields.String(reply, "id");
            var title = JsonFields.String(reply, "title");
            if (string.IsNullOrEmpty(id)) return GraphError.Required($"{path}['reply']['id']");
            if (string.IsNullOrEmpty(title)) return GraphError.Required($"{path}['reply']['title']");
            if (id.Length > 256) return InteractiveValidator.TooLong($"{path}['reply']['id']", 256);
            if (title.Length > 20) return InteractiveValidator.TooLong($"{path}['reply']['title']", 20);
            if (!ids.Add(id) || !titles.Add(title)) return GraphError.Invalid("Button ids and titles must be unique.");
        }
        return null;
    }

    public static GraphError? List(JsonObject action)
    {
        var button = JsonFields.String(action, "button");
        if (string.IsNullOrEmpty(button)) return GraphError.Required("interactive['action']['button']");
        if (button.Length > 20) return InteractiveValidator.TooLong("interactive['action']['button']", 20);
        var sections = JsonFields.Array(action, "sections");
        if (sections is null || sections.Count == 0) return GraphError.Required("interactive['action']['sections']");
        if (sections.Count > 10) return GraphError.Invalid("Param interactive['action']['sections'] must have at most 10 sections.");
        var rowIds = new HashSet<string>();
        for (var s = 0; s < sections.Count; s++)
        {
            var path = $"interactive['action']['sections'][{s}]";
            var section = sections[s] as JsonObject;
            var title = JsonFields.String(section, "title");
            if (sections.Count > 1 && string.IsNullOrEmpty(title)) return GraphError.Required($"{path}['title']");
            if (title?.Length > 24) return InteractiveValidator.TooLong($"{path}['title']", 24);
            var rows = JsonFields.Array(section, "rows");
            if (rows is null || rows.Count == 0) return GraphError.Required($"{path}['rows']");
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r] as JsonObject;
                var rowPath = $"{path}['rows'][{r}]";
                var id = JsonFields.String(row, "id");
                var rowTitle = JsonFields.String(row, "title");
                if (string.IsNullOrEmpty(id)) return GraphError.Required($"{rowPath}['id']");
                if (string.IsNullOrEmpty(rowTitle)) return GraphError.Required($"{rowPath}['title']");
                if (id.Length > 200) return InteractiveValidator.TooLong($"{rowPath}['id']", 200);
                if (rowTitle.Length > 24) return InteractiveValidator.TooLong($"{rowPath}['title']", 24);
                if (JsonFields.String(row, "description")?.Length > 72) return InteractiveValidator.TooLong($"{rowPath}['description']", 72);
                if (!rowIds.Add(id)) return GraphError.Invalid("Row ids must be unique across all sections.");
            }
        }
        return rowIds.Count > 10 ? GraphError.Invalid("A list message can have at most 10 rows across all sections.") : null;
    }

    public static GraphError? CtaUrl(JsonObject action)
    {
        var parameters = JsonFields.Object(action, "parameters");
        if (parameters is null) return GraphError.Required("interactive['action']['parameters']");
        var text = JsonFields.String(parameters, "display_text");
        if (string.IsNullOrEmpty(text)) return GraphError.Required("interactive['action']['parameters']['display_text']");
        if (text.Length > 20) return InteractiveValidator.TooLong("interactive['action']['parameters']['display_text']", 20);
        var url = JsonFields.String(parameters, "url");
        if (string.IsNullOrEmpty(url)) return GraphError.Required("interactive['action']['parameters']['url']");
        return Uri.TryCreate(url, UriKind.Absolute, out _) ? null : GraphError.Invalid("Param interactive['action']['parameters']['url'] must be a valid URL.");
    }

    public static GraphError? Flow(JsonObject action)
    {
        var parameters = JsonFields.Object(action, "parameters");
        if (parameters is null) return GraphError.Required("interactive['action']['parameters']");
        if (JsonFields.String(parameters, "flow_id") is null && JsonFields.String(parameters, "flow_name") is null)
            return GraphError.Required("interactive['action']['parameters']['flow_id'] or ['flow_name']");
        if (string.IsNullOrEmpty(JsonFields.String(parameters, "flow_cta"))) return GraphError.Required("interactive['action']['parameters']['flow_cta']");
        return JsonFields.String(parameters, "flow_cta")!.Length > 20 ? InteractiveValidator.TooLong("interactive['action']['parameters']['flow_cta']", 20) : null;
    }
}
