using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wasel.Integrations.ApiKeys;
using Wasel.WhatsApp.Media;

namespace Wasel.Media;

internal static class ReadMediaEndpoints
{
    public static void MapReadMedia(this RouteGroupBuilder api)
    {
        api.MapGet("/messages/{id:long}/media", async Task<Results<FileStreamHttpResult, NotFound<ProblemDetails>>> (
            long id, FindMessageMedia find, MediaStorage storage, HttpContext http, CancellationToken ct) =>
        {
            var (file, problem) = await find.HandleAsync(id, ct);
            if (file is null) return TypedResults.NotFound(problem);
            if (file.State != MediaState.Stored || storage.Open(file.StoragePath!) is not { } stream)
                return TypedResults.NotFound(FindMessageMedia.NotStored(id, file));

            // Only types WhatsApp allows are served as themselves; anything else is a download of opaque bytes.
            var kind = MediaLimits.KindOf(file.MimeType);
            var contentType = kind is null ? "application/octet-stream" : MediaStorage.BareMimeType(file.MimeType);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            var download = kind is null or MediaKind.Document ? SafeFileName.ForDownload(file, "document") : null;
            return TypedResults.Stream(stream, contentType, download, enableRangeProcessing: true);
        })
        .RequireAuthorization(ApiScopes.ConversationsRead)
        .WithTags("Media")
        .WithSummary("The file of a media message (image, audio, video, document, sticker): a customer's as downloaded, or the upload a message was sent by; " +
            "documents come as attachments. 404 while it is not downloaded yet (see /media/info for its state).");

        api.MapGet("/messages/{id:long}/media/info", async Task<Results<Ok<MediaDto>, NotFound<ProblemDetails>>> (
            long id, FindMessageMedia find, CancellationToken ct) =>
        {
            var (file, problem) = await find.HandleAsync(id, ct);
            return file is null ? TypedResults.NotFound(problem) : TypedResults.Ok(MediaDto.From(file, id));
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
}
