using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// A template was approved, rejected, paused, disabled… (<c>message_template_status_update</c>).
/// </summary>
public sealed record TemplateStatusUpdate : WebhookEvent
{
    /// <summary>APPROVED, PENDING, REJECTED, PAUSED, DISABLED, FLAGGED, REINSTATED, PENDING_DELETION…</summary>
    public string Event { get; init; } = "";

    /// <summary>The template's id.</summary>
    [JsonPropertyName("message_template_id")]
    public string? TemplateId { get; init; }

    /// <summary>The template's name.</summary>
    [JsonPropertyName("message_template_name")]
    public string? TemplateName { get; init; }

    /// <summary>The template's language code.</summary>
    [JsonPropertyName("message_template_language")]
    public string? TemplateLanguage { get; init; }

    /// <summary>The template's category.</summary>
    [JsonPropertyName("message_template_category")]
    public string? TemplateCategory { get; init; }

    /// <summary>Why, e.g. NONE, INVALID_FORMAT, PROMOTIONAL; null when scheduled for deletion.</summary>
    public string? Reason { get; init; }

    /// <summary>Details of a rejection.</summary>
    public TemplateRejectionInfo? RejectionInfo { get; init; }

    /// <summary>Details of a pause or unpause, e.g. FIRST_PAUSE.</summary>
    public TemplateOtherInfo? OtherInfo { get; init; }

    /// <summary>When the template was disabled.</summary>
    public TemplateDisableInfo? DisableInfo { get; init; }
}

/// <summary>Why a template was rejected and what to change.</summary>
public sealed record TemplateRejectionInfo : WebhookObject
{
    /// <summary>The reason.</summary>
    public string? Reason { get; init; }

    /// <summary>What Meta recommends.</summary>
    public string? Recommendation { get; init; }
}

/// <summary>Extra information on a pause: <c>title</c> such as FIRST_PAUSE and a description.</summary>
public sealed record TemplateOtherInfo : WebhookObject
{
    /// <summary>FIRST_PAUSE, SECOND_PAUSE, RATE_LIMITING_PAUSE, UNPAUSE, DISABLED.</summary>
    public string? Title { get; init; }

    /// <summary>Explanation.</summary>
    public string? Description { get; init; }
}

/// <summary>When a template was disabled.</summary>
public sealed record TemplateDisableInfo : WebhookObject
{
    /// <summary>The date as Meta writes it.</summary>
    public string? DisableDate { get; init; }
}

/// <summary>Meta changed, or will change, a template's category (<c>template_category_update</c>).</summary>
public sealed record TemplateCategoryUpdate : WebhookEvent
{
    /// <summary>The template's id.</summary>
    [JsonPropertyName("message_template_id")]
    public string? TemplateId { get; init; }

    /// <summary>The template's name.</summary>
    [JsonPropertyName("message_template_name")]
    public string? TemplateName { get; init; }

    /// <summary>The template's language code.</summary>
    [JsonPropertyName("message_template_language")]
    public string? TemplateLanguage { get; init; }

    /// <summary>The category before the change.</summary>
    public string? PreviousCategory { get; init; }

    /// <summary>The category after the change.</summary>
    public string? NewCategory { get; init; }

    /// <summary>For an announced change: the category Meta considers correct.</summary>
    public string? CorrectCategory { get; init; }

    /// <summary>For an announced change: when it takes effect.</summary>
    public DateTimeOffset? CategoryUpdateTimestamp { get; init; }
}

/// <summary>A template's quality score changed (<c>message_template_quality_update</c>).</summary>
public sealed record TemplateQualityUpdate : WebhookEvent
{
    /// <summary>The template's id.</summary>
    [JsonPropertyName("message_template_id")]
    public string? TemplateId { get; init; }

    /// <summary>The template's name.</summary>
    [JsonPropertyName("message_template_name")]
    public string? TemplateName { get; init; }

    /// <summary>The template's language code.</summary>
    [JsonPropertyName("message_template_language")]
    public string? TemplateLanguage { get; init; }

    /// <summary>GREEN, YELLOW, RED or UNKNOWN before the change.</summary>
    public string? PreviousQualityScore { get; init; }

    /// <summary>GREEN, YELLOW, RED or UNKNOWN after the change.</summary>
    public string? NewQualityScore { get; init; }
}
