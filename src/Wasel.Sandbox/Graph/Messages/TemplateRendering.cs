using System.Text.Json.Nodes;
using Wasel.Sandbox.Graph.Templates;

namespace Wasel.Sandbox.Graph.Messages;

/// <summary>The template as the customer sees it: header, body, footer and buttons with the parameters filled in.</summary>
internal static class TemplateRendering
{
    public static JsonObject Render(MessageTemplate template, Dictionary<string, IReadOnlyList<JsonObject>> values)
    {
        var rendered = new JsonObject { ["name"] = template.Name, ["language"] = template.Language, ["category"] = template.Category };
        var header = template.Component("HEADER");
        if (header is not null)
        {
            var format = JsonFields.String(header, "format") ?? "TEXT";
            if (format == "TEXT") rendered["header"] = Fill(header, values.GetValueOrDefault("header"), template.ParameterFormat);
            else if (values.GetValueOrDefault("header") is [var media, ..])
                rendered["header_media"] = new JsonObject { ["type"] = format.ToLowerInvariant(), ["media"] = media.DeepClone() };
        }
        rendered["body"] = Fill(template.Component("BODY"), values.GetValueOrDefault("body"), template.ParameterFormat);
        if (JsonFields.String(template.Component("FOOTER"), "text") is { } footer) rendered["footer"] = footer;

        var buttons = new JsonArray();
        var defined = JsonFields.Array(template.Component("BUTTONS"), "buttons") ?? [];
        for (var i = 0; i < defined.Count; i++)
        {
            if (defined[i] is not JsonObject button) continue;
            var type = JsonFields.String(button, "type") ?? "";
            var given = values.GetValueOrDefault($"button{i}");
            var item = new JsonObject { ["type"] = type.ToLowerInvariant(), ["text"] = JsonFields.String(button, "text") };
            if (type == "QUICK_REPLY")
                item["payload"] = given is [var p, ..] ? JsonFields.String(p, "payload") : JsonFields.String(button, "text");
            if (type == "URL")
                item["url"] = TemplatePlaceholders.Fill(JsonFields.String(button, "url") ?? "", _ => given is [var u, ..] ? ValueOf(u) : null);
            if (type == "PHONE_NUMBER") item["phone_number"] = JsonFields.String(button, "phone_number");
            buttons.Add(item);
        }
        if (buttons.Count > 0) rendered["buttons"] = buttons;
        return rendered;
    }

    private static string? Fill(JsonObject? component, IReadOnlyList<JsonObject>? parameters, string format)
    {
        var text = JsonFields.String(component, "text");
        if (text is null || parameters is null) return text;
        if (format == "NAMED")
            return TemplatePlaceholders.Fill(text, name => parameters.FirstOrDefault(p => JsonFields.String(p, "parameter_name") == name) is { } p ? ValueOf(p) : null);
        // Positional values follow the numbers: {{n}} takes the n-th parameter.
        return TemplatePlaceholders.Fill(text, name =>
            int.TryParse(name, out var n) && n >= 1 && n <= parameters.Count ? ValueOf(parameters[n - 1]) : null);
    }

    /// <summary>text, payload, or the fallback of currency and date_time parameters.</summary>
    private static string? ValueOf(JsonObject parameter)
    {
        var type = JsonFields.String(parameter, "type") ?? "text";
        return type switch
        {
            "currency" or "date_time" => JsonFields.String(JsonFields.Object(parameter, type), "fallback_value"),
            "payload" => JsonFields.String(parameter, "payload"),
            _ => JsonFields.String(parameter, "text"),
        };
    }
}
