using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Graph.Templates;

/// <summary>
/// BUTTONS component limits (components page): at most 10 buttons, 10 quick replies, 2 URL, 1 phone number and
/// 1 copy-code; labels ≤25; URL ≤2000 with at most one variable, at its end; quick replies grouped together.
/// </summary>
internal static class TemplateButtonsValidator
{
    private static readonly Dictionary<string, int> MaxPerType = new()
    {
        ["QUICK_REPLY"] = 10, ["URL"] = 2, ["PHONE_NUMBER"] = 1, ["COPY_CODE"] = 1, ["OTP"] = 1, ["FLOW"] = 1,
        ["CATALOG"] = 1, ["MPM"] = 1, ["VOICE_CALL"] = 1,
    };

    public static GraphError? Validate(JsonObject component)
    {
        var buttons = JsonFields.Array(component, "buttons");
        if (buttons is null || buttons.Count == 0) return Invalid("A BUTTONS component needs a buttons array.");
        if (buttons.Count > 10) return Invalid("A template can have at most 10 buttons.");
        var types = new List<string>();
        foreach (var node in buttons)
        {
            if (node is not JsonObject button) return Invalid("Each button must be an object.");
            var type = JsonFields.String(button, "type")?.ToUpperInvariant() ?? "";
            if (!MaxPerType.ContainsKey(type)) return Invalid($"Button type '{type}' is not one of {string.Join(", ", MaxPerType.Keys)}.");
            button["type"] = type;
            types.Add(type);
            var label = JsonFields.String(button, "text") ?? "";
            if (type is not ("OTP" or "COPY_CODE") && label.Length == 0) return Invalid("Each button needs text (its label).");
            if (label.Length > 25) return TemplateErrors.TooLong("button", 25);
            var error = type switch
            {
                "URL" => Url(button),
                "PHONE_NUMBER" => string.IsNullOrEmpty(JsonFields.String(button, "phone_number")) ? Invalid("A PHONE_NUMBER button needs phone_number.") : null,
                "COPY_CODE" => (JsonFields.String(button, "example") ?? "").Length is 0 or > 15 ? Invalid("A COPY_CODE button needs an example of at most 15 characters.") : null,
                _ => null,
            };
            if (error is not null) return error;
        }
        foreach (var (type, max) in MaxPerType)
            if (types.Count(t => t == type) > max) return Invalid($"A template can have at most {max} {type} button(s).");
        // Quick replies must sit in one group, before or after the other buttons.
        var switches = types.Zip(types.Skip(1)).Count(p => (p.First == "QUICK_REPLY") != (p.Second == "QUICK_REPLY"));
        return switches > 1 ? Invalid("Quick reply buttons must be grouped together, before or after the other buttons.") : null;
    }

    private static GraphError? Url(JsonObject button)
    {
        var url = JsonFields.String(button, "url") ?? "";
        if (!Uri.TryCreate(url.Replace("{{1}}", "x", StringComparison.Ordinal), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            return Invalid("A URL button needs an http(s) url.");
        if (url.Length > 2000) return TemplateErrors.TooLong("button url", 2000);
        var placeholders = TemplatePlaceholders.In(url);
        if (placeholders.Count > 1 || (placeholders.Count == 1 && !url.EndsWith("{{1}}", StringComparison.Ordinal)))
            return Invalid("A URL button can have one variable, {{1}}, at the end of the url.");
        var example = button["example"];
        if (placeholders.Count == 1 && example is null)
            return TemplateErrors.Of(TemplateErrors.MissingExample, "Missing example", "component of type BUTTONS is missing expected field(s) (example).");
        return null;
    }

    private static GraphError Invalid(string message) => TemplateErrors.Of(TemplateErrors.ButtonsInvalid, "Invalid buttons", message);
}
