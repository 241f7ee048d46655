using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wasel.Integrations.ApiKeys;
using Wasel.WhatsApp.Media;

namespace Wasel.Media;

internal static class UploadMediaEndpoint
{
    /// <summary>Room for the multipart boundaries and the other fields around the largest file.</summary>
    private const long FormOverhead = 64 * 1024;

    public static void MapUploadMedia(this RouteGroupBuilder api)
    {
        api.MapPost("/media", async Task<Results<Created<UploadedMediaDto>, ValidationProblem, ProblemHttpResult>> (
            HttpRequest request, UploadMedia upload, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
                return Invalid("file", "Send multipart/form-data with the file in a field named \"file\" (e.g. curl -F file=@photo.jpg).");
            IFormCollection form;
            try { form = await request.ReadFormAsync(ct); }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return Invalid("file", $"The upload could not be read ({e.Message}). Files may be at most {UploadMedia.LargestFile:N0} bytes (documents; less for other kinds).");
            }
            if (form.Files.GetFile("file") is not { } file)
                return Invalid("file", "Add the file in a multipart field named \"file\".");

            MediaKind? kind = null;
            if (form["kind"].ToString() is { Length: > 0 } given)
            {
                if (!Enum.TryParse<MediaKind>(given, ignoreCase: true, out var parsed) || int.TryParse(given, out _))
                    return Invalid("kind", "Use one of: image, audio, video, document, sticker; or leave kind out to take it from the file's type.");
                kind = parsed;
            }

            byte[] content;
            await using (var stream = file.OpenReadStream())
            {
                content = new byte[file.Length];
                await stream.ReadExactlyAsync(content, ct);
            }
            var result = await upload.HandleAsync(content, file.ContentType, file.FileName, kind, ct);
            if (result.Errors is { } errors) return TypedResults.ValidationProblem(errors);
            if (result.Problem is { } p) return TypedResults.Problem(statusCode: p.Status, title: p.Title, detail: p.Detail);
            return TypedResults.Created((string?)null, result.Value!);
        })
        .RequireAuthorization(ApiScopes.MessagesSend)
        .DisableAntiforgery() // an API called with a bearer key, not a browser form
        .WithMetadata(new RequestSizeLimitAttribute(UploadMedia.LargestFile + FormOverhead))
        .WithFormOptions(multipartBodyLengthLimit: UploadMedia.LargestFile + FormOverhead)
        .WithTags("Media")
        .WithSummary("Upload a file to send (multipart/form-data, field \"file\" with its content type; optional \"kind\"). " +
            "Limits per kind: image jpeg/png 5 MB, audio 16 MB, video mp4/3gpp 16 MB, document text/pdf/office 100 MB, sticker webp 500 KB. " +
            "Answers 201 with the WhatsApp media id to send, e.g. {\"type\":\"image\",\"image\":{\"id\":\"…\",\"caption\":\"…\"}}.");
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
