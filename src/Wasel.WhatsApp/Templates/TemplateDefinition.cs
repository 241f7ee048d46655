using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Templates;

/// <summary>A template to submit for review (POST /{waba-id}/message_templates).</summary>
public sealed record TemplateDefinition
{
    /// <summary>Lowercase letters, digits and underscores, up to 512 characters.</summary>
    public required string Name { get; init; }

    /// <summary>Language code, e.g. en_US, ar.</summary>
    public required string Language { get; init; }

    /// <summary>MARKETING, UTILITY or AUTHENTICATION (see <see cref="TemplateCategories"/>).</summary>
    public required string Category { get; init; }

    /// <summary>"positional" ({{1}}) or "named" ({{first_name}}); Meta assumes positional when absent.</summary>
    public string? ParameterFormat { get; init; }

    /// <summary>HEADER, BODY (required), FOOTER and BUTTONS components.</summary>
    public required IReadOnlyList<TemplateComponentDefinition> Components { get; init; }
}

/// <summary>A component of a template definition, also returned when templates are listed.</summary>
public sealed record TemplateComponentDefinition
{
    /// <summary>HEADER, BODY, FOOTER or BUTTONS.</summary>
    public required string Type { get; init; }

    /// <summary>Header format: TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION.</summary>
    public string? Format { get; init; }

    /// <summary>Text with placeholders: header ≤60, body ≤1024, footer ≤60 characters.</summary>
    public string? Text { get; init; }

    /// <summary>Example values, required when the text has placeholders.</summary>
    public TemplateExample? Example { get; init; }

    /// <summary>The buttons of a BUTTONS component.</summary>
    public IReadOnlyList<TemplateButtonDefinition>? Buttons { get; init; }
}

/// <summary>Example values for a component's placeholders.</summary>
public sealed record TemplateExample
{
    /// <summary>Positional header example, one value.</summary>
    public IReadOnlyList<string>? HeaderText { get; init; }

    /// <summary>Named header example.</summary>
    public IReadOnlyList<NamedParameterExample>? HeaderTextNamedParams { get; init; }

    /// <summary>Positional body examples: one list of values (in placeholder order).</summary>
    public IReadOnlyList<IReadOnlyList<string>>? BodyText { get; init; }

    /// <summary>Named body examples.</summary>
    public IReadOnlyList<NamedParameterExample>? BodyTextNamedParams { get; init; }

    /// <summary>Media header example: a Resumable Upload handle.</summary>
    public IReadOnlyList<string>? HeaderHandle { get; init; }
}

/// <summary>An example value of a named parameter.</summary>
public sealed record NamedParameterExample
{
    /// <summary>The placeholder's name.</summary>
    public required string ParamName { get; init; }

    /// <summary>The example value.</summary>
    public required string Example { get; init; }
}

/// <summary>A template button.</summary>
[JsonConverter(typeof(TemplateButtonDefinitionConverter))]
public sealed record TemplateButtonDefinition
{
    /// <summary>QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, …</summary>
    public required string Type { get; init; }

    /// <summary>Label, up to 25 characters; required except on COPY_CODE buttons, whose label WhatsApp sets.</summary>
    public string? Text { get; init; }

    /// <summary>URL buttons: up to 2000 characters, optionally ending in one {{1}}.</summary>
    public string? Url { get; init; }

    /// <summary>PHONE_NUMBER buttons: the number to call.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>
    /// Example for a dynamic URL suffix, or the single COPY_CODE value (at most 15 characters), which is sent as a
    /// string as Meta expects.
    /// </summary>
    public IReadOnlyList<string>? Example { get; init; }
}

/// <summary>Template categories.</summary>
public static class TemplateCategories
{
    /// <summary>Promotions and offers.</summary>
    public const string Marketing = "MARKETING";
    /// <summary>Updates on a transaction the customer started.</summary>
    public const string Utility = "UTILITY";
    /// <summary>One-time passcodes.</summary>
    public const string Authentication = "AUTHENTICATION";
}
