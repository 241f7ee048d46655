using Wasel.Platform.Data;
using Wasel.Platform.Http;
using Wasel.WhatsApp;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Media;
using Wasel.WhatsApp.Validation;

namespace Wasel.Media;

/// <summary>
/// Uploads a file to send: checks its MIME type and size against WhatsApp's limits for its kind, keeps a local copy,
/// uploads it to WhatsApp and records both. The WhatsApp media id is what messages send it by.
/// </summary>
public sealed class UploadMedia(WaselDb db, WhatsAppClient client, MediaStorage storage, TimeProvider time, ILogger<UploadMedia> log)
{
    /// <summary>The largest file of any kind (documents, 100 MB).</summary>
    public static long LargestFile { get; } = MediaLimits.MaxBytes.Values.Max();

    public async Task<Result<UploadedMediaDto>> HandleAsync(byte[] content, string? mimeType, string? fileName, MediaKind? kind, CancellationToken cancellationToken)
    {
        var errors = WhatsAppValidator.ValidateUpload(mimeType ?? "", content.LongLength, kind);
        if (errors.Count > 0)
            return new Dictionary<string, string[]> { ["file"] = errors.Select(e => e.Message).ToArray() };

        var bareMime = MediaStorage.BareMimeType(mimeType!);
        var effectiveKind = kind ?? MediaLimits.KindOf(bareMime)!.Value;
        var path = await storage.SaveAsync(content, bareMime, cancellationToken);
        string mediaId;
        try
        {
            // The name WhatsApp shows for documents; made from the caller's name, never used for the local path.
            var shownName = SafeFileName.Clean(fileName, bareMime) ?? "file" + MediaStorage.ExtensionFor(bareMime);
            mediaId = (await client.UploadMediaAsync(content, bareMime, shownName, cancellationToken)).Id;
        }
        catch (Exception e) when (e is WhatsAppApiException or HttpRequestException or TimeoutException)
        {
            storage.Delete(path);
            log.LogWarning(e, "Upload to WhatsApp failed");
            return new Problem(StatusCodes.Status502BadGateway, "WhatsApp did not take the file",
                (e is WhatsAppApiException api ? $"WhatsApp error {api.Error.Code}: {api.Error.Title}. {api.Error.Explanation.WhatToDo}" : e.Message)
                + " Nothing was stored; try the upload again.");
        }

        var now = time.GetUtcNow();
        db.MediaFiles.Add(new MediaFile
        {
            WhatsAppMediaId = mediaId,
            Direction = MediaDirection.Outbound,
            MimeType = bareMime,
            Size = content.LongLength,
            Sha256 = Sha256Hex.Of(content),
            FileName = SafeFileName.Clean(fileName, bareMime),
            StoragePath = path,
            State = MediaState.Stored,
            CreatedAt = now,
            NextAttemptAt = now,
            StoredAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new UploadedMediaDto(mediaId, bareMime, content.LongLength, effectiveKind.ToString().ToLowerInvariant());
    }
}
