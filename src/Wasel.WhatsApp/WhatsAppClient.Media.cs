using System.Net.Http.Headers;
using Wasel.WhatsApp.Json;
using Wasel.WhatsApp.Media;
using Wasel.WhatsApp.Resilience;
using Wasel.WhatsApp.Validation;

namespace Wasel.WhatsApp;

public sealed partial class WhatsAppClient
{
    /// <summary>
    /// Uploads a file for sending (multipart: messaging_product, type, file). The MIME type and size are checked
    /// against WhatsApp's limits first. The id stays valid for 30 days.
    /// </summary>
    public async Task<MediaUploadResult> UploadMediaAsync(byte[] content, string mimeType, string fileName,
        CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(WhatsAppValidator.ValidateUpload(mimeType, content.LongLength));
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(mimeType);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("whatsapp"), "messaging_product" },
            { new StringContent(mimeType), "type" },
            { file, "file", fileName },
        };
        using var request = NewRequest(HttpMethod.Post, GraphUri($"{PhoneNumberId}/media"), GraphRequestKind.NotIdempotent);
        request.Content = form;
        return await SendAsync(request, WhatsAppJsonContext.Default.MediaUploadResult, cancellationToken);
    }

    /// <summary>Uploads a file from a stream (read to the end first, so that a retry can send it again).</summary>
    public async Task<MediaUploadResult> UploadMediaAsync(Stream content, string mimeType, string fileName,
        CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        return await UploadMediaAsync(buffer.ToArray(), mimeType, fileName, cancellationToken);
    }

    /// <summary>Looks up a media id's download URL (valid 5 minutes), MIME type, hash and size.</summary>
    public async Task<MediaInfo> GetMediaAsync(string mediaId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaId);
        using var request = NewRequest(HttpMethod.Get, GraphUri(Uri.EscapeDataString(mediaId)), GraphRequestKind.Idempotent);
        return await SendAsync(request, WhatsAppJsonContext.Default.MediaInfo, cancellationToken);
    }

    /// <summary>
    /// Downloads media from a URL returned by <see cref="GetMediaAsync"/>; the access token is sent, as Meta requires,
    /// so pass only URLs that came from Meta (or the sandbox).
    /// </summary>
    public async Task<DownloadedMedia> DownloadMediaAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        using var request = NewRequest(HttpMethod.Get, new Uri(url, UriKind.Absolute), GraphRequestKind.Idempotent);
        using var response = await SendRawAsync(request, cancellationToken);
        return new DownloadedMedia
        {
            Content = await response.Content.ReadAsByteArrayAsync(cancellationToken),
            ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream",
        };
    }

    /// <summary>Deletes uploaded media.</summary>
    public async Task DeleteMediaAsync(string mediaId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaId);
        using var request = NewRequest(HttpMethod.Delete, GraphUri(Uri.EscapeDataString(mediaId)), GraphRequestKind.Idempotent);
        await SendAsync(request, WhatsAppJsonContext.Default.SuccessResponse, cancellationToken);
    }
}
