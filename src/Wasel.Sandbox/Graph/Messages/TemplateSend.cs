using System.Text.Json.Nodes;
using Wasel.Sandbox.Graph.Templates;

namespace Wasel.Sandbox.Graph.Messages;

/// <summary>
/// A template send checked against the stored template: exists in that language and APPROVED (132001, 132015, 132016),
/// parameter counts per component (132000), named parameters by name (132018). Also renders what the customer sees.
/// </summary>
internal static class TemplateSend
{
    public static (MessageTemplate? Template, JsonObject? Rendered, GraphError? Error) Check(JsonObject send, TemplateStore store)
    {
        var name = JsonFields.String(send, "name")!;
        var language = JsonFields.String(JsonFields.Object(send, "language"), "code")!;
        var template = store.Find(name, language);
        if (template is null || template.Status is not ("APPROVED" or "PAUSED" or "DISABLED"))
            return Fail(GraphError.Of(132001, $"template name ({name}) does not exist in {language}"));
        if (template.Status == "PAUSED") return Fail(GraphError.Of(132015, $"Template {name} is paused because of low quality; it cannot be sent."));
        if (template.Status == "DISABLED") return Fail(GraphError.Of(132016, $"Template {name} is disabled and cannot be sent."));

        var sent = (JsonFields.Array(send, "components") ?? []).OfType<JsonObject>().ToList();
        var values = new Dictionary<string, IReadOnlyList<JsonObject>>();
        foreach (var component in sent)
        {
            var type = JsonFields.String(component, "type")?.ToLowerInvariant() ?? "";
            var key = type == "button" ? $"button{JsonFields.String(component, "index")}" : type;
            values[key] = (JsonFields.Array(component, "parameters") ?? []).OfType<JsonObject>().ToList();
        }
        if ((Mismatch(template, "header", values) ?? Mismatch(template, "body", values)) is { } error) return Fail(error);
        if (ButtonMismatch(template, values) is { } buttonError) return Fail(buttonError);
        return (template, TemplateRendering.Render(template, values), null);
    }

    private static GraphError? Mismatch(MessageTemplate template, string part, Dictionary<string, IReadOnlyList<JsonObject>> values)
    {
        var component = template.Component(part);
        var given = values.GetValueOrDefault(part) ?? [];
        var isMediaHeader = part == "header" && JsonFields.String(component, "format") is { } format && format != "TEXT";
        var placeholders = isMediaHeader ? ["media"] : TemplatePlaceholders.In(JsonFields.String(component, "text")).Distinct().ToList();
        if (given.Count != placeholders.Count)
            return GraphError.Of(132000, $"{part}: number of localizable_params ({given.Count}) does not match the expected number of params ({placeholders.Count})");
        if (template.ParameterFormat != "NAMED" || isMediaHeader) return null;
        var names = given.Select(p => JsonFields.String(p, "parameter_name")).ToHashSet();
        return placeholders.All(names.Contains) ? null
            : GraphError.Of(132018, $"{part}: parameter names must be {string.Join(", ", placeholders)}; each parameter needs parameter_name.");
    }

    private static GraphError? ButtonMismatch(MessageTemplate template, Dictionary<string, IReadOnlyList<JsonObject>> values)
    {
        var buttons = JsonFields.Array(template.Component("BUTTONS"), "buttons") ?? [];
        for (var i = 0; i < buttons.Count; i++)
        {
            var button = buttons[i] as JsonObject;
            var expected = JsonFields.String(button, "type") == "URL" ? TemplatePlaceholders.In(JsonFields.String(button, "url")).Count : 0;
            var given = values.GetValueOrDefault($"button{i}")?.Count ?? 0;
            // Quick-reply payloads are optional; only URL variables must be given.
            if (expected > 0 && given != expected)
                return GraphError.Of(132000, $"button {i}: number of localizable_params ({given}) does not match the expected number of params ({expected})");
        }
        return null;
    }

    private static (MessageTemplate?, JsonObject?, GraphError?) Fail(GraphError error) => (null, null, error);
}
