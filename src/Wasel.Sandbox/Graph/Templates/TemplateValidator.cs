using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Wasel.Sandbox.Graph.Templates;

/// <summary>
/// Meta's checks on POST /message_templates (templates overview, components and review pages): name, category,
/// language, and each component's length, parameters and examples. The first problem found is returned.
/// </summary>
public static partial class TemplateValidator
{
    [GeneratedRegex("^[a-z0-9_]{1,512}$")]
    private static partial Regex ValidName();

    [GeneratedRegex("^[a-z]{2,3}(_[A-Za-z]{2,4})?$")]
    private static partial Regex ValidLanguage();

    private static readonly string[] Categories = ["MARKETING", "UTILITY", "AUTHENTICATION"];
    private static readonly string[] HeaderFormats = ["TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION"];

    public static (TemplateDraft? Draft, GraphError? Error) Validate(JsonObject body)
    {
        var name = JsonFields.String(body, "name");
        if (string.IsNullOrEmpty(name)) return Fail(GraphError.InvalidParameter("The parameter name is required."));
        if (!ValidName().IsMatch(name))
            return Fail(GraphError.InvalidParameter("Param name must contain only lowercase letters, numbers and underscores (at most 512 characters)."));
        var language = JsonFields.String(body, "language");
        if (string.IsNullOrEmpty(language)) return Fail(GraphError.InvalidParameter("The parameter language is required."));
        if (!ValidLanguage().IsMatch(language)) return Fail(GraphError.InvalidParameter($"Param language '{language}' is not a supported language code, e.g. en_US or ar."));
        var category = JsonFields.String(body, "category")?.ToUpperInvariant();
        if (string.IsNullOrEmpty(category)) return Fail(GraphError.InvalidParameter("The parameter category is required."));
        if (!Categories.Contains(category)) return Fail(GraphError.InvalidParameter("Param category must be one of {MARKETING, UTILITY, AUTHENTICATION}."));
        var format = (JsonFields.String(body, "parameter_format") ?? "POSITIONAL").ToUpperInvariant();
        if (format is not ("POSITIONAL" or "NAMED")) return Fail(GraphError.InvalidParameter("Param parameter_format must be one of {POSITIONAL, NAMED}."));
        var components = JsonFields.Array(body, "components");
        if (components is null) return Fail(GraphError.InvalidParameter("The parameter components is required."));

        var seen = new HashSet<string>();
        foreach (var node in components)
        {
            if (node is not JsonObject component) return Fail(GraphError.InvalidParameter("Param components must be an array of objects."));
            var type = JsonFields.String(component, "type")?.ToUpperInvariant() ?? "";
            if (type is not ("HEADER" or "BODY" or "FOOTER" or "BUTTONS"))
                return Fail(GraphError.InvalidParameter("Param components[].type must be one of {HEADER, BODY, FOOTER, BUTTONS}."));
            if (!seen.Add(type)) return Fail(GraphError.InvalidParameter($"Only one {type} component is allowed."));
            component["type"] = type;
            var error = type switch
            {
                "HEADER" => Header(component, format),
                "BODY" => Body(component, format, category),
                "FOOTER" => Footer(component),
                _ => TemplateButtonsValidator.Validate(component),
            };
            if (error is not null) return Fail(error);
        }
        if (!seen.Contains("BODY")) return Fail(GraphError.InvalidParameter("A template needs a BODY component."));
        return (new TemplateDraft(name, language, category, format, components), null);
    }

    private static (TemplateDraft?, GraphError?) Fail(GraphError error) => (null, error);

    private static GraphError? Header(JsonObject header, string format)
    {
        var kind = JsonFields.String(header, "format")?.ToUpperInvariant() ?? "";
        if (!HeaderFormats.Contains(kind))
            return TemplateErrors.Of(TemplateErrors.HeaderFormat, "Invalid header format", "Header format must be one of TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION.");
        header["format"] = kind;
        if (kind != "TEXT")
        {
            var handle = JsonFields.Array(JsonFields.Object(header, "example"), "header_handle");
            return kind == "LOCATION" || handle is { Count: > 0 } ? null
                : TemplateErrors.Of(TemplateErrors.MissingExample, "Missing example", "component of type HEADER is missing expected field(s) (example.header_handle).");
        }
        var text = JsonFields.String(header, "text") ?? "";
        if (text.Length == 0) return TemplateErrors.Of(TemplateErrors.HeaderFormat, "Invalid header", "A TEXT header needs text.");
        if (text.Length > 60) return TemplateErrors.TooLong("header", 60);
        var placeholders = TemplatePlaceholders.In(text);
        if (placeholders.Count > 1) return TemplateErrors.Of(TemplateErrors.HeaderFormat, "Too many variables", "A header can have at most one variable.");
        return placeholders.Count == 0 ? null : Parameters(header, text, placeholders, format, "header");
    }

    private static GraphError? Body(JsonObject body, string format, string category)
    {
        var text = JsonFields.String(body, "text") ?? "";
        // Authentication templates take their body from Meta's preset text.
        if (text.Length == 0)
            return category == "AUTHENTICATION" ? null : TemplateErrors.Of(TemplateErrors.BodyFormat, "Invalid body", "The BODY component needs text.");
        if (text.Length > 1024) return TemplateErrors.TooLong("body", 1024);
        var placeholders = TemplatePlaceholders.In(text);
        if (placeholders.Count == 0) return null;
        if (TemplatePlaceholders.FixedWords(text) < 2 * placeholders.Count - 1)
            return TemplateErrors.Of(TemplateErrors.TooManyParameters, "Too many variables for message length",
                "This template has too many variables for its length. Reduce the number of variables or increase the message length.");
        return Parameters(body, text, placeholders, format, "body");
    }

    private static GraphError? Footer(JsonObject footer)
    {
        var text = JsonFields.String(footer, "text") ?? "";
        if (text.Length > 60) return TemplateErrors.TooLong("footer", 60);
        return TemplatePlaceholders.In(text).Count > 0
            ? TemplateErrors.Of(TemplateErrors.FooterFormat, "Invalid footer", "A footer cannot contain variables.")
            : null;
    }

    /// <summary>Placeholders sequential from 1 (or valid names), not at the edges, not adjacent, with examples.</summary>
    private static GraphError? Parameters(JsonObject component, string text, IReadOnlyList<string> placeholders, string format, string where)
    {
        var code = where == "header" ? TemplateErrors.HeaderFormat : TemplateErrors.BodyFormat;
        if (format == "POSITIONAL")
        {
            if (!placeholders.All(TemplatePlaceholders.IsPositional))
                return TemplateErrors.Of(code, "Invalid variable", $"The {where} uses a variable that is not a number; set parameter_format to NAMED for {{{{name}}}} variables.");
            var numbers = placeholders.Select(int.Parse).Distinct().Order().ToList();
            if (!numbers.SequenceEqual(Enumerable.Range(1, numbers.Count)))
                return TemplateErrors.Of(code, "Variables not sequential", $"The {where}'s variables must be numbered in order from {{{{1}}}}.");
        }
        else if (!placeholders.All(TemplatePlaceholders.IsValidName))
            return TemplateErrors.Of(code, "Invalid variable", $"The {where}'s named variables must be lowercase letters, numbers and underscores.");
        if (where == "body" && TemplatePlaceholders.StartsOrEndsWithPlaceholder(text))
            return TemplateErrors.Of(TemplateErrors.ParameterAtEdge, "Variables can't be at the start or end of the template", "Add text before the first and after the last variable.");
        if (TemplatePlaceholders.HasAdjacent(text))
            return TemplateErrors.Of(code, "Adjacent variables", $"The {where} has two variables next to each other; put text between them.");
        return TemplateExamples.Check(component, placeholders, format, where);
    }
}
