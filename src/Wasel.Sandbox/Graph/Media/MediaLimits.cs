namespace Wasel.Sandbox.Graph.Media;

/// <summary>Supported MIME types and size limits per media kind (media page, §1.5).</summary>
public static class MediaLimits
{
    private const long MB = 1024 * 1024;

    private static readonly (string Kind, long MaxBytes, string[] Types)[] Kinds =
    [
        ("image", 5 * MB, ["image/jpeg", "image/png"]),
        ("audio", 16 * MB, ["audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"]),
        ("video", 16 * MB, ["video/mp4", "video/3gpp"]),
        // Animated stickers may be 500 KB; the sandbox cannot tell them apart, so it allows 500 KB for all.
        ("sticker", 500 * 1024, ["image/webp"]),
        ("document", 100 * MB,
        [
            "text/plain", "application/pdf", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ]),
    ];

    public static IEnumerable<string> AllTypes => Kinds.SelectMany(k => k.Types);

    /// <summary>The kind and size limit for a MIME type (parameters such as "; codecs=opus" ignored); null if unsupported.</summary>
    public static (string Kind, long MaxBytes)? For(string mimeType)
    {
        var bare = mimeType.Split(';')[0].Trim().ToLowerInvariant();
        foreach (var (kind, max, types) in Kinds)
            if (types.Contains(bare)) return (kind, max);
        return null;
    }
}
