using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Media;

/// <summary>The answer to a media upload.</summary>
public sealed record MediaUploadResult
{
    /// <summary>The media id to send by; valid for 30 days.</summary>
    public required string Id { get; init; }
}

/// <summary>Where to download a media object, valid for 5 minutes.</summary>
public sealed record MediaInfo
{
    /// <summary>The media id.</summary>
    public required string Id { get; init; }

    /// <summary>Download URL; fetch it with <see cref="WhatsAppClient.DownloadMediaAsync"/> (it needs the token).</summary>
    public required string Url { get; init; }

    /// <summary>MIME type.</summary>
    public string? MimeType { get; init; }

    /// <summary>SHA-256 of the file.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Size in bytes. Meta documents a string and sends a number: both are read.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? FileSize { get; init; }
}

/// <summary>Downloaded media bytes.</summary>
public sealed record DownloadedMedia
{
    /// <summary>The file's bytes.</summary>
    public required byte[] Content { get; init; }

    /// <summary>The Content-Type Meta answered with.</summary>
    public required string ContentType { get; init; }
}
