using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>The <c>text</c> object of an inbound message.</summary>
public sealed record InboundText : WebhookObject
{
    /// <summary>What the customer typed.</summary>
    public string Body { get; init; } = "";
}

/// <summary>
/// An inbound image, audio, video, document or sticker. The file itself is fetched with <see cref="Id"/> (valid for
/// 7 days) through the media endpoint.
/// </summary>
public sealed record InboundMedia : WebhookObject
{
    /// <summary>Media id to look up the download URL.</summary>
    public string Id { get; init; } = "";

    /// <summary>MIME type, e.g. <c>image/jpeg</c> or <c>audio/ogg; codecs=opus</c>.</summary>
    public string? MimeType { get; init; }

    /// <summary>Hash of the file as sent by Meta.</summary>
    [JsonPropertyName("sha256")]
    public string? Sha256 { get; init; }

    /// <summary>Caption (image, video, document).</summary>
    public string? Caption { get; init; }

    /// <summary>Original file name (document).</summary>
    public string? Filename { get; init; }

    /// <summary>Direct download URL, sent in newer payloads; it still needs the access token.</summary>
    public string? Url { get; init; }

    /// <summary>True when an audio message is a voice note recorded in WhatsApp.</summary>
    public bool? Voice { get; init; }

    /// <summary>True when a sticker is animated.</summary>
    public bool? Animated { get; init; }
}

/// <summary>A location the customer shared; name, address and URL are absent for a dropped pin.</summary>
public sealed record InboundLocation : WebhookObject
{
    /// <summary>Latitude in degrees.</summary>
    public double Latitude { get; init; }

    /// <summary>Longitude in degrees.</summary>
    public double Longitude { get; init; }

    /// <summary>Place name.</summary>
    public string? Name { get; init; }

    /// <summary>Place address.</summary>
    public string? Address { get; init; }

    /// <summary>Link to the place.</summary>
    public string? Url { get; init; }
}

/// <summary>A reaction to a message; an empty emoji means the customer removed their reaction.</summary>
public sealed record InboundReaction : WebhookObject
{
    /// <summary>The wamid of the message reacted to.</summary>
    public string MessageId { get; init; } = "";

    /// <summary>The emoji; empty when the reaction was removed.</summary>
    public string? Emoji { get; init; }

    /// <summary>True when the customer took their reaction back.</summary>
    [JsonIgnore]
    public bool IsRemoval => string.IsNullOrEmpty(Emoji);
}

/// <summary>A tap on a template's quick-reply button (<c>type: button</c>).</summary>
public sealed record InboundButton : WebhookObject
{
    /// <summary>The payload set on the button when the template was sent.</summary>
    public string? Payload { get; init; }

    /// <summary>The button's label.</summary>
    public string? Text { get; init; }
}

/// <summary>A cart the customer sent from the business's catalog.</summary>
public sealed record InboundOrder : WebhookObject
{
    /// <summary>The catalog the products come from.</summary>
    public string? CatalogId { get; init; }

    /// <summary>A note the customer added.</summary>
    public string? Text { get; init; }

    /// <summary>The products ordered.</summary>
    public IReadOnlyList<OrderItem> ProductItems { get; init; } = [];
}

/// <summary>One line of an <see cref="InboundOrder"/>.</summary>
public sealed record OrderItem : WebhookObject
{
    /// <summary>The product's id in the catalog.</summary>
    public string ProductRetailerId { get; init; } = "";

    /// <summary>How many.</summary>
    public int Quantity { get; init; }

    /// <summary>Unit price.</summary>
    public decimal ItemPrice { get; init; }

    /// <summary>ISO 4217 currency code.</summary>
    public string? Currency { get; init; }
}
