namespace Wasel.Media;

/// <summary>The state of a message's media: pending until downloaded, then stored, or failed with the reason.</summary>
public sealed record MediaDto(
    long MessageId,
    string WhatsAppMediaId,
    MediaState State,
    string MimeType,
    long? Size,
    string? Sha256,
    string? FileName,
    int Attempts,
    string? Error,
    DateTimeOffset? StoredAt)
{
    public static MediaDto From(MediaFile f, long messageId) =>
        new(messageId, f.WhatsAppMediaId, f.State, f.MimeType, f.Size, f.Sha256, f.FileName, f.Attempts, f.Error, f.StoredAt);
}

/// <summary>The answer to an upload: send the id in a message, e.g. {"type":"image","image":{"id":"…"}}.</summary>
public sealed record UploadedMediaDto(string Id, string MimeType, long Size, string Kind);
