using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Graph.Templates;

/// <summary>Meta wants an example value for every variable: header_text / body_text, or the *_named_params lists.</summary>
internal static class TemplateExamples
{
    public static GraphError? Check(JsonObject component, IReadOnlyList<string> placeholders, string format, string where)
    {
        var example = JsonFields.Object(component, "example");
        var distinct = placeholders.Distinct().ToList();
        if (format == "NAMED")
        {
            var named = JsonFields.Array(example, $"{where}_text_named_params");
            var names = named?.OfType<JsonObject>().Select(p => JsonFields.String(p, "param_name")).ToHashSet() ?? [];
            return distinct.All(names.Contains) ? null : Missing(where, $"example.{where}_text_named_params");
        }
        var values = JsonFields.Array(example, $"{where}_text");
        // body_text is a list of rows (one per sample message); header_text a flat list.
        var first = where == "body" ? values?.FirstOrDefault() as JsonArray : values;
        return first is not null && first.Count >= distinct.Count ? null : Missing(where, $"example.{where}_text");
    }

    private static GraphError Missing(string where, string field) =>
        TemplateErrors.Of(TemplateErrors.MissingExample, "Missing example",
            $"component of type {where.ToUpperInvariant()} is missing expected field(s) ({field}): give one example value per variable.");
}
