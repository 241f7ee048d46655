using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wasel.Conversations;
using Wasel.Platform.Data;

namespace Wasel.Media;

/// <summary>
/// The media file of a message: for an inbound message the one downloaded for it; for an outbound message the local
/// copy of the upload whose id it was sent by. Otherwise a 404 problem that says why.
/// </summary>
public sealed class FindMessageMedia(WaselDb db)
{
    public async Task<(MediaFile? File, ProblemDetails? Problem)> HandleAsync(long messageId, CancellationToken ct)
    {
        if (await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(f => f.MessageId == messageId, ct) is { } file) return (file, null);
        var message = await db.Messages.AsNoTracking().Where(m => m.Id == messageId)
            .Select(m => new { m.Type, m.Direction, m.Content }).FirstOrDefaultAsync(ct);
        if (message is null) return (null, Problem("Message not found", $"There is no message {messageId}."));
        var isMedia = EnlistInboundMedia.MediaTypes.Contains(message.Type);
        if (isMedia && message.Direction == MessageDirection.Inbound)
            return (null, Problem("Media not stored yet", $"The media of message {messageId} is queued for download; try again in a few seconds.", "pending"));
        if (isMedia && UploadedId(message.Type, message.Content) is { } mediaId
            && await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Direction == MediaDirection.Outbound && f.WhatsAppMediaId == mediaId, ct) is { } upload)
            return (upload, null);
        return (null, Problem("Message has no stored media", $"Message {messageId} is a {message.Type} message without a file stored here: " +
            "only customers' media and files uploaded through POST /api/v1/media are kept (media sent by link is not)."));
    }

    public static ProblemDetails NotStored(long messageId, MediaFile file) => file.State switch
    {
        MediaState.Failed => Problem("Media could not be downloaded", $"The media of message {messageId} failed to download: {file.Error} " +
            "Ask the customer to send it again, or retry within 7 days of receipt (POST …/media/retry).", "failed"),
        MediaState.Stored => Problem("Media file missing", $"The media of message {messageId} was stored but its file is no longer in the media folder; " +
            "restore it from a backup of Media:Folder.", "missing"),
        _ => Problem("Media not stored yet", $"The media of message {messageId} is being downloaded (attempt {file.Attempts}); try again in a few seconds."
            + (file.Error is null ? "" : $" Last error: {file.Error}"), "pending"),
    };

    private static string? UploadedId(string type, string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.TryGetProperty(type, out var media) && media.ValueKind == JsonValueKind.Object
                && media.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException) { return null; }
    }

    private static ProblemDetails Problem(string title, string detail, string? state = null)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = title, Detail = detail };
        if (state is not null) problem.Extensions["state"] = state;
        return problem;
    }
}
