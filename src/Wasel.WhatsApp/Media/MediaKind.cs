namespace Wasel.WhatsApp.Media;

/// <summary>Which message kind a file is uploaded for: it decides the allowed MIME types and maximum size.</summary>
public enum MediaKind
{
    /// <summary>JPEG or PNG, up to 5 MB.</summary>
    Image,
    /// <summary>AAC, AMR, MP3, MP4 audio or OGG (OPUS), up to 16 MB.</summary>
    Audio,
    /// <summary>MP4 or 3GPP, up to 16 MB.</summary>
    Video,
    /// <summary>Text, PDF and Office files, up to 100 MB.</summary>
    Document,
    /// <summary>WebP, up to 500 KB (100 KB when static).</summary>
    Sticker,
}

/// <summary>Meta's media limits (CLOUD-API §1.5).</summary>
public static class MediaLimits
{
    private const long MB = 1024 * 1024;

    /// <summary>Allowed MIME types per kind.</summary>
    public static IReadOnlyDictionary<MediaKind, IReadOnlySet<string>> MimeTypes { get; } = new Dictionary<MediaKind, IReadOnlySet<string>>
    {
        [MediaKind.Image] = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "image/jpeg", "image/png" },
        [MediaKind.Audio] = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg" },
        [MediaKind.Video] = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "video/mp4", "video/3gpp" },
        [MediaKind.Document] = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "text/plain", "application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        },
        [MediaKind.Sticker] = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "image/webp" },
    };

    /// <summary>Maximum size in bytes per kind (animated stickers; static ones are limited to 100 KB by WhatsApp).</summary>
    public static IReadOnlyDictionary<MediaKind, long> MaxBytes { get; } = new Dictionary<MediaKind, long>
    {
        [MediaKind.Image] = 5 * MB,
        [MediaKind.Audio] = 16 * MB,
        [MediaKind.Video] = 16 * MB,
        [MediaKind.Document] = 100 * MB,
        [MediaKind.Sticker] = 500 * 1024,
    };

    /// <summary>The kind a MIME type belongs to, or null if WhatsApp does not take it. "audio/ogg; codecs=opus" counts as audio/ogg.</summary>
    public static MediaKind? KindOf(string mimeType)
    {
        var bare = BareMimeType(mimeType);
        foreach (var (kind, types) in MimeTypes)
            if (types.Contains(bare))
                return kind;
        return null;
    }

    internal static string BareMimeType(string mimeType) => mimeType.Split(';')[0].Trim();
}
