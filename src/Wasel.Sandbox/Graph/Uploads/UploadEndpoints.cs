using System.Globalization;
using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Uploads;

/// <summary>
/// Meta's Resumable Upload API: POST /{app-id}/uploads opens a session, POST /upload:{id} with a file_offset header
/// sends the bytes from that offset and answers the file handle once the file is whole, GET /upload:{id} tells the
/// offset to resume from.
/// </summary>
internal static class UploadEndpoints
{
    /// <summary>The file types Meta's Resumable Upload API takes.</summary>
    private static readonly string[] FileTypes = ["application/pdf", "image/jpeg", "image/jpg", "image/png", "video/mp4"];

    /// <summary>The largest file a template header (a 100 MB document) or profile picture would need.</summary>
    private const long MaxFileLength = 100 * 1024 * 1024;

    public static void MapUploads(this IEndpointRouteBuilder graph)
    {
        graph.MapPost("/{appId}/uploads", Open);
        graph.MapPost("/upload:{sessionId}", ReceiveAsync).DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxFileLength));
        graph.MapGet("/upload:{sessionId}", (string sessionId, UploadStore uploads) =>
            uploads.FindSession("upload:" + sessionId) is { } session
                ? Results.Json(new JsonObject { ["id"] = session.Id, ["file_offset"] = session.Offset })
                : GraphError.UnknownObject("upload:" + sessionId, "get").ToResult());
    }

    private static IResult Open(string appId, HttpRequest request, SandboxState state, UploadStore uploads)
    {
        if (appId != state.Settings.AppId) return GraphError.UnknownObject(appId, "post").ToResult();
        var lengthText = request.Query["file_length"].ToString();
        if (lengthText.Length == 0) return GraphError.InvalidParameter("The parameter file_length is required: the file's size in bytes.").ToResult();
        if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length is <= 0 or > MaxFileLength)
            return GraphError.InvalidParameter($"Param file_length must be a whole number of bytes from 1 to {MaxFileLength}.").ToResult();
        var type = request.Query["file_type"].ToString();
        if (!FileTypes.Contains(type))
            return GraphError.InvalidParameter($"Param file_type must be one of {{{string.Join(", ", FileTypes)}}}.").ToResult();
        var name = request.Query["file_name"].ToString();
        var session = uploads.Open(name.Length == 0 ? null : name, length, type);
        return Results.Json(new JsonObject { ["id"] = session.Id });
    }

    private static async Task<IResult> ReceiveAsync(string sessionId, HttpRequest request, UploadStore uploads)
    {
        if (uploads.FindSession("upload:" + sessionId) is not { } session) return GraphError.UnknownObject("upload:" + sessionId, "post").ToResult();
        if (!long.TryParse(request.Headers["file_offset"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            return GraphError.InvalidParameter("The header file_offset is required: 0 for a new upload, or the file_offset GET upload:{id} reports.").ToResult();
        if (offset != session.Offset)
            return GraphError.InvalidParameter($"Param file_offset must be {session.Offset}, the bytes received so far; it was {offset}.").ToResult();

        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            {
                if (session.Offset + read > session.Length)
                    return GraphError.InvalidParameter($"The file is longer than the file_length {session.Length} given when the session was opened.").ToResult();
                // Kept chunk by chunk, so that an upload cut off midway resumes from what arrived.
                session.Append(buffer.AsSpan(0, read));
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            return Results.Empty;
        }

        if (session.Offset < session.Length)
            return GraphError.InvalidParameter($"The upload is incomplete: {session.Offset} of {session.Length} bytes received; send the rest with file_offset {session.Offset}.").ToResult();
        return Results.Json(new JsonObject { ["h"] = uploads.Complete(session).Handle });
    }
}
