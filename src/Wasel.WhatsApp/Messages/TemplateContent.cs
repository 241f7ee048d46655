using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Messages;

/// <summary>The "template" object: which approved template to send and the values of its parameters.</summary>
public sealed record TemplateContent
{
    /// <summary>Template name.</summary>
    public required string Name { get; init; }

    /// <summary>Template language.</summary>
    public required TemplateLanguage Language { get; init; }

    /// <summary>Parameter values for the header, body and buttons.</summary>
    public IReadOnlyList<TemplateComponent>? Components { get; init; }
}

/// <summary>The language a template is sent in.</summary>
public sealed record TemplateLanguage
{
    /// <summary>Language code as the template was created with, e.g. en_US, ar.</summary>
    public required string Code { get; init; }

    /// <summary>Legacy "deterministic"; not needed by Cloud API.</summary>
    public string? Policy { get; init; }
}

/// <summary>Parameter values for one template component.</summary>
public sealed record TemplateComponent
{
    /// <summary>"header", "body" or "button".</summary>
    public required string Type { get; init; }

    /// <summary>For buttons: "quick_reply", "url" (and others Meta adds).</summary>
    public string? SubType { get; init; }

    /// <summary>For buttons: the zero-based position of the button in the template (written as a string).</summary>
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public int? Index { get; init; }

    /// <summary>The values, in placeholder order for positional templates.</summary>
    public required IReadOnlyList<TemplateParameter> Parameters { get; init; }

    /// <summary>Header values.</summary>
    public static TemplateComponent Header(params TemplateParameter[] parameters) =>
        new() { Type = "header", Parameters = parameters };

    /// <summary>Body values.</summary>
    public static TemplateComponent Body(params TemplateParameter[] parameters) =>
        new() { Type = "body", Parameters = parameters };

    /// <summary>The payload returned when the quick-reply button at <paramref name="index"/> is tapped.</summary>
    public static TemplateComponent QuickReplyButton(int index, string payload) =>
        new() { Type = "button", SubType = "quick_reply", Index = index, Parameters = [TemplateParameter.ForPayload(payload)] };

    /// <summary>The suffix appended to the dynamic URL of the URL button at <paramref name="index"/>.</summary>
    public static TemplateComponent UrlButton(int index, string urlSuffix) =>
        new() { Type = "button", SubType = "url", Index = index, Parameters = [TemplateParameter.ForText(urlSuffix)] };
}
