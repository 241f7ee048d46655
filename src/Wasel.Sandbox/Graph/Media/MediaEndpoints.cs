using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Media;

/// <summary>
/// POST /{phone-number-id}/media (multipart upload) and GET media-download/{id}, where the URLs returned by
/// GET /{media-id} point. Lookup and delete by id are part of <see cref="GraphObjectEndpoints"/>.
/// </summary>
internal static class MediaEndpoints
{
    public const string DownloadPath = "media-download";

    /// <summary>The largest file Meta takes (a 100 MB document) and room for the form around it; Kestrel's default is 30 MB.</summary>
    private const long MaxUploadBody = 100 * 1024 * 1024 + 64 * 1024;

    public static void MapMediaUpload(this IEndpointRouteBuilder graph) =>
        graph.MapPost("/{phoneNumberId}/media", UploadAsync).DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUploadBody))
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadBody);

    public static void MapMediaDownload(this IEndpointRouteBuilder graph) =>
        graph.MapGet($"/{DownloadPath}/{{mediaId}}", (string mediaId, MediaStore media) =>
            media.Find(mediaId) is { } stored ? Results.Bytes(stored.Content, stored.MimeType) : Results.NotFound());

    private static async Task<IResult> UploadAsync(string phoneNumberId, HttpRequest request, SandboxState state, MediaStore media)
    {
        if (phoneNumberId != state.Settings.PhoneNumberId) return GraphError.UnknownObject(phoneNumberId, "post").ToResult();
        if (!request.HasFormContentType) return GraphError.InvalidParameter("Upload the file as multipart/form-data with the fields messaging_product, file and type.").ToResult();
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (form["messaging_product"].ToString() is var product && product.Length == 0)
            return GraphError.InvalidParameter("The parameter messaging_product is required.").ToResult();
        if (product != "whatsapp") return GraphError.InvalidParameter("Param messaging_product must be one of {WHATSAPP}.").ToResult();
        var file = form.Files["file"];
        if (file is null) return GraphError.InvalidParameter("The parameter file is required.").ToResult();
        var mimeType = form["type"].ToString() is { Length: > 0 } declared ? declared : file.ContentType;
        if (MediaLimits.For(mimeType ?? "") is not { } limits)
            return GraphError.InvalidParameter($"Param file must be a file with one of the following types: {string.Join(", ", MediaLimits.AllTypes)}. Received file of type '{mimeType}'.").ToResult();
        if (file.Length > limits.MaxBytes)
            return GraphError.InvalidParameter($"Param file is too large for {limits.Kind}: at most {limits.MaxBytes} bytes, received {file.Length}.").ToResult();
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var stored = media.Add(buffer.ToArray(), mimeType!, file.FileName, state.Clock.UtcNow);
        return Results.Json(new JsonObject { ["id"] = stored.Id });
    }

    /// <summary>GET /{media-id}: url, mime_type, sha256 (hex), file_size (a number, as observed), id.</summary>
    public static JsonObject Describe(StoredMedia stored, HttpRequest request, SandboxOptions settings)
    {
        var hash = Convert.ToHexStringLower(stored.Sha256);
        return new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["url"] = $"{SandboxBase(request, settings)}/graph/{DownloadPath}/{stored.Id}?hash={hash[..16]}",
            ["mime_type"] = stored.MimeType,
            ["sha256"] = hash,
            ["file_size"] = stored.Content.LongLength,
            ["id"] = stored.Id,
        };
    }

    /// <summary>Sandbox:PublicBaseUrl, else the request's scheme, host and the path up to /graph.</summary>
    public static string SandboxBase(HttpRequest request, SandboxOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.PublicBaseUrl)) return settings.PublicBaseUrl.TrimEnd('/');
        var path = (request.PathBase + request.Path).Value ?? "";
        var graph = path.LastIndexOf("/graph/", StringComparison.Ordinal);
        return $"{request.Scheme}://{request.Host}{(graph < 0 ? "" : path[..graph])}";
    }
}
