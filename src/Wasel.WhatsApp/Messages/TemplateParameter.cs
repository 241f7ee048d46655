namespace Wasel.WhatsApp.Messages;

/// <summary>
/// One template parameter value. <see cref="Type"/> names the member that carries the value. Set
/// <see cref="ParameterName"/> for templates created with named parameters ({{order_number}}).
/// </summary>
public sealed record TemplateParameter
{
    /// <summary>"text", "currency", "date_time", "image", "video", "document", "location" or "payload".</summary>
    public required string Type { get; init; }

    /// <summary>Placeholder name for named-parameter templates; null for positional ones.</summary>
    public string? ParameterName { get; init; }

    /// <summary>Value of a text parameter (or a URL button's suffix).</summary>
    public string? Text { get; init; }

    /// <summary>Value of a currency parameter.</summary>
    public CurrencyValue? Currency { get; init; }

    /// <summary>Value of a date_time parameter.</summary>
    public DateTimeValue? DateTime { get; init; }

    /// <summary>Header image.</summary>
    public MediaContent? Image { get; init; }

    /// <summary>Header video.</summary>
    public MediaContent? Video { get; init; }

    /// <summary>Header document (may carry a filename).</summary>
    public MediaContent? Document { get; init; }

    /// <summary>Header location.</summary>
    public LocationContent? Location { get; init; }

    /// <summary>Quick-reply payload.</summary>
    public string? Payload { get; init; }

    /// <summary>A positional text value.</summary>
    public static TemplateParameter ForText(string text) => new() { Type = "text", Text = text };

    /// <summary>A named text value for {{<paramref name="name"/>}}.</summary>
    public static TemplateParameter Named(string name, string text) => new() { Type = "text", ParameterName = name, Text = text };

    /// <summary>A currency value: <paramref name="amount1000"/> is the amount times 1000 (100.99 → 100990).</summary>
    public static TemplateParameter ForCurrency(string fallbackValue, string code, long amount1000) =>
        new() { Type = "currency", Currency = new CurrencyValue { FallbackValue = fallbackValue, Code = code, Amount1000 = amount1000 } };

    /// <summary>A date/time value shown as <paramref name="fallbackValue"/>.</summary>
    public static TemplateParameter ForDateTime(string fallbackValue) =>
        new() { Type = "date_time", DateTime = new DateTimeValue { FallbackValue = fallbackValue } };

    /// <summary>A header image.</summary>
    public static TemplateParameter ForImage(MediaContent image) => new() { Type = "image", Image = image };

    /// <summary>A header video.</summary>
    public static TemplateParameter ForVideo(MediaContent video) => new() { Type = "video", Video = video };

    /// <summary>A header document.</summary>
    public static TemplateParameter ForDocument(MediaContent document) => new() { Type = "document", Document = document };

    /// <summary>A header location.</summary>
    public static TemplateParameter ForLocation(LocationContent location) => new() { Type = "location", Location = location };

    /// <summary>A quick-reply button payload.</summary>
    public static TemplateParameter ForPayload(string payload) => new() { Type = "payload", Payload = payload };

    /// <summary>Returns a copy bound to the named placeholder {{<paramref name="name"/>}}.</summary>
    public TemplateParameter WithName(string name) => this with { ParameterName = name };
}

/// <summary>A currency parameter value.</summary>
public sealed record CurrencyValue
{
    /// <summary>Text shown where the currency cannot be localised.</summary>
    public required string FallbackValue { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public required string Code { get; init; }

    /// <summary>Amount multiplied by 1000.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("amount_1000")]
    public required long Amount1000 { get; init; }
}

/// <summary>A date_time parameter value.</summary>
public sealed record DateTimeValue
{
    /// <summary>The date as text.</summary>
    public required string FallbackValue { get; init; }
}
