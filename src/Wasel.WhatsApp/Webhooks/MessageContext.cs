namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// The <c>context</c> of an inbound message: the business message it replies to, whether it was forwarded, or the
/// product the customer asked about.
/// </summary>
public sealed record MessageContext : WebhookObject
{
    /// <summary>The business number the replied-to message came from.</summary>
    public string? From { get; init; }

    /// <summary>The wamid of the replied-to message.</summary>
    public string? Id { get; init; }

    /// <summary>True when the customer forwarded this message.</summary>
    public bool? Forwarded { get; init; }

    /// <summary>True when the message has been forwarded more than five times.</summary>
    public bool? FrequentlyForwarded { get; init; }

    /// <summary>The product the customer messaged about ("Message business" on a product).</summary>
    public ReferredProduct? ReferredProduct { get; init; }
}

/// <summary>A catalog product a message refers to.</summary>
public sealed record ReferredProduct : WebhookObject
{
    /// <summary>The catalog's id.</summary>
    public string? CatalogId { get; init; }

    /// <summary>The product's id in the catalog.</summary>
    public string? ProductRetailerId { get; init; }
}

/// <summary>The click-to-WhatsApp ad or post that led the customer to write.</summary>
public sealed record MessageReferral : WebhookObject
{
    /// <summary>URL of the ad or post.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Id of the ad or post.</summary>
    public string? SourceId { get; init; }

    /// <summary><c>ad</c> or <c>post</c>.</summary>
    public string? SourceType { get; init; }

    /// <summary>The ad's headline.</summary>
    public string? Headline { get; init; }

    /// <summary>The ad's text.</summary>
    public string? Body { get; init; }

    /// <summary><c>image</c> or <c>video</c>.</summary>
    public string? MediaType { get; init; }

    /// <summary>The ad's image, when <see cref="MediaType"/> is image.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The ad's video, when <see cref="MediaType"/> is video.</summary>
    public string? VideoUrl { get; init; }

    /// <summary>The video's thumbnail.</summary>
    public string? ThumbnailUrl { get; init; }

    /// <summary>Click id for conversion reporting.</summary>
    public string? CtwaClid { get; init; }

    /// <summary>The greeting the ad pre-filled.</summary>
    public WelcomeMessage? WelcomeMessage { get; init; }
}

/// <summary>The greeting attached to a click-to-WhatsApp ad.</summary>
public sealed record WelcomeMessage : WebhookObject
{
    /// <summary>The greeting's text.</summary>
    public string? Text { get; init; }
}
