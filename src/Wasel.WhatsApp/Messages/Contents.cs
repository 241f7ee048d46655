using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Messages;

/// <summary>The "text" object of a text message.</summary>
public sealed record TextContent
{
    /// <summary>The text, up to 4096 characters.</summary>
    public required string Body { get; init; }

    /// <summary>Ask WhatsApp to render a preview of the first URL in the body.</summary>
    public bool? PreviewUrl { get; init; }
}

/// <summary>
/// The media object of an image, document, audio, video or sticker message (or of a media header or template
/// parameter): exactly one of <see cref="Id"/> (uploaded media) or <see cref="Link"/> (https URL).
/// </summary>
public sealed record MediaContent
{
    /// <summary>Id of media uploaded to Meta.</summary>
    public string? Id { get; init; }

    /// <summary>Public https URL of the media.</summary>
    public string? Link { get; init; }

    /// <summary>Caption (image, video, document only), up to 1024 characters.</summary>
    public string? Caption { get; init; }

    /// <summary>File name shown for a document.</summary>
    public string? Filename { get; init; }

    /// <summary>Audio only: play as a voice note (needs OGG/OPUS).</summary>
    public bool? Voice { get; init; }

    /// <summary>Media by uploaded id.</summary>
    public static MediaContent FromId(string id) => new() { Id = id };

    /// <summary>Media by https link.</summary>
    public static MediaContent FromLink(string link) => new() { Link = link };
}

/// <summary>The "location" object of a location message.</summary>
public sealed record LocationContent
{
    /// <summary>Latitude in degrees; written as a string as in Meta's examples.</summary>
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public required double Latitude { get; init; }

    /// <summary>Longitude in degrees; written as a string as in Meta's examples.</summary>
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public required double Longitude { get; init; }

    /// <summary>Place name.</summary>
    public string? Name { get; init; }

    /// <summary>Street address.</summary>
    public string? Address { get; init; }
}

/// <summary>The "reaction" object: an emoji on an earlier message; an empty emoji removes the reaction.</summary>
public sealed record ReactionContent
{
    /// <summary>The message reacted to.</summary>
    public required string MessageId { get; init; }

    /// <summary>A single emoji, or "" to remove a reaction.</summary>
    public required string Emoji { get; init; }
}

/// <summary>A mark-as-read request, optionally showing the typing indicator to the customer.</summary>
public sealed record ReadReceipt
{
    /// <summary>Always "whatsapp".</summary>
    public string MessagingProduct => "whatsapp";

    /// <summary>Always "read".</summary>
    public string Status => "read";

    /// <summary>The inbound message to mark read (earlier ones in the thread are marked too).</summary>
    public required string MessageId { get; init; }

    /// <summary>When set, WhatsApp shows "typing…" until the business replies or 25 s pass.</summary>
    public TypingIndicator? TypingIndicator { get; init; }
}

/// <summary>The typing indicator object.</summary>
public sealed record TypingIndicator
{
    /// <summary>Always "text".</summary>
    public string Type { get; init; } = "text";
}
