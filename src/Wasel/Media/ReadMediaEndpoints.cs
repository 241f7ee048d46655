using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.WhatsApp.Media;

namespace Wasel.Media;

internal static class ReadMediaEndpoints
{
    public static void MapReadMedia(this RouteGroupBuilder api)
    {
        api.MapGet("/messages/{id:long}/media", async Task<Results<FileStreamHttpResult, NotFound<ProblemDetails>>> (
            long id, WaselDb db, MediaStorage storage, HttpContext http, CancellationToken ct) =>
        {
            var (file, problem) = await FindAsync(db, id, ct);
            if (file is null) return TypedResults.NotFound(problem);
            if (file.State != MediaState.Stored || storage.Open(file.StoragePath!) is not { } stream)
                return TypedResults.NotFound(NotStored(id, file));

            // Only types WhatsApp allows are served as themselves; anything else is a download of opaque bytes.
            var kind = MediaLimits.KindOf(file.MimeType);
            var contentType = kind is null ? "application/octet-stream" : MediaStorage.BareMimeType(file.MimeType);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            var download = kind is null or MediaKind.Document ? SafeFileName.ForDownload(file, "document") : null;
            return TypedResults.Stream(stream, contentType, download, enableRangeProcessing: true);
        })
        .RequireAuthorization(ApiScopes.ConversationsRead)
        .WithTags("Media")
        .WithSummary("The file of an inbound media message (image, audio, video, document, sticker) with its content type; " +
            "documents come as attachments. 404 while it is not downloaded yet (see /media/info for its state).");

        api.MapGet("/messages/{id:long}/media/info", async Task<Results<Ok<MediaDto>, NotFound<ProblemDetails>>> (
            long id, WaselDb db, CancellationToken ct) =>
        {
            var (file, problem) = await FindAsync(db, id, ct);
            return file is null ? TypedResults.NotFound(problem) : TypedResults.Ok(MediaDto.From(file));
        })
        .RequireAuthorization(ApiScopes.ConversationsRead)
        .WithTags("Media")
        .WithSummary("Whether a message's media is pending, stored or failed (with the reason), and its type, size and SHA-256.");
    }

    public static void MapRetryMedia(this RouteGroupBuilder api) =>
        api.MapPost("/messages/{id:long}/media/retry", async Task<Results<Accepted<MediaDto>, ProblemHttpResult>> (
            long id, RetryMediaDownload retry, CancellationToken ct) =>
        {
            var result = await retry.HandleAsync(id, ct);
            if (result.Problem is { } p) return TypedResults.Problem(statusCode: p.Status, title: p.Title, detail: p.Detail);
            return TypedResults.Accepted($"/api/v1/messages/{id}/media/info", result.Value!);
        })
        .RequireAuthorization(ApiScopes.MessagesSend)
        .WithTags("Media")
        .WithSummary("Download a message's media again after it failed (within 7 days of receipt, while WhatsApp keeps it).");

    private static async Task<(MediaFile? File, ProblemDetails? Problem)> FindAsync(WaselDb db, long messageId, CancellationToken ct)
    {
        if (await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(f => f.MessageId == messageId, ct) is { } file) return (file, null);
        var message = await db.Messages.AsNoTracking().Where(m => m.Id == messageId).Select(m => new { m.Type, m.Direction }).FirstOrDefaultAsync(ct);
        return (null, message switch
        {
            null => Problem("Message not found", $"There is no message {messageId}."),
            { Direction: Conversations.MessageDirection.Inbound } when EnlistInboundMedia.MediaTypes.Contains(message.Type) =>
                Problem("Media not stored yet", $"The media of message {messageId} is queued for download; try again in a few seconds.", "pending"),
            _ => Problem("Message has no stored media", $"Message {messageId} is a {message.Type} message; only inbound image, audio, video, document and sticker messages have media stored here."),
        });
    }

    private static ProblemDetails NotStored(long messageId, MediaFile file) => file.State switch
    {
        MediaState.Failed =>
            Problem("Media could not be downloaded", $"The media of message {messageId} failed to download: {file.Error} Ask the customer to send it again, or retry within 7 days of receipt (POST …/media/retry).", "failed"),
        MediaState.Stored =>
            Problem("Media file missing", $"The media of message {messageId} was stored but its file is no longer in the media folder; restore it from a backup of Media:Folder.", "missing"),
        _ => Problem("Media not stored yet", $"The media of message {messageId} is being downloaded (attempt {file.Attempts}); try again in a few seconds."
            + (file.Error is null ? "" : $" Last error: {file.Error}"), "pending"),
    };

    private static ProblemDetails Problem(string title, string detail, string? state = null)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = title, Detail = detail };
        if (state is not null) problem.Extensions["state"] = state;
        return problem;
    }
}
