using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Polly.Timeout;
using Wasel.WhatsApp.BusinessProfile;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Json;
using Wasel.WhatsApp.Resilience;
using Wasel.WhatsApp.Validation;

namespace Wasel.WhatsApp;

public sealed partial class WhatsAppClient
{
    /// <summary>
    /// Uploads a file with Meta's Resumable Upload API (to the app <see cref="WhatsAppOptions.AppId"/>) and returns its
    /// handle, as the profile picture and template media headers need. If the data transfer breaks off, the upload
    /// resumes once from the offset Meta reports.
    /// </summary>
    public async Task<string> UploadFileAsync(byte[] content, string mimeType, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mimeType);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (content.Length == 0)
            throw new WhatsAppValidationException([new ValidationError("file", "The file is empty.")]);

        var sessionId = await StartUploadAsync(content.LongLength, mimeType, fileName, cancellationToken);
        try
        {
            return await SendUploadDataAsync(sessionId, content, 0, cancellationToken);
        }
        catch (Exception exception) when (IsBrokenTransfer(exception) && !cancellationToken.IsCancellationRequested)
        {
            var offset = await GetUploadOffsetAsync(sessionId, cancellationToken);
            return await SendUploadDataAsync(sessionId, content, offset, cancellationToken);
        }
    }

    /// <summary>Sets the business profile picture from a handle returned by <see cref="UploadFileAsync"/>.</summary>
    public Task SetProfilePictureAsync(string handle, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(handle);
        return UpdateBusinessProfileAsync(new BusinessProfileUpdate { ProfilePictureHandle = handle }, cancellationToken);
    }

    /// <summary>Checks the picture (JPEG or PNG, at most 5 MB), uploads it and makes it the business profile picture.</summary>
    public async Task SetProfilePictureAsync(byte[] picture, string mimeType, string fileName, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(WhatsAppValidator.ValidateProfilePicture(mimeType, picture.LongLength));
        var handle = await UploadFileAsync(picture, mimeType, fileName, cancellationToken);
        await SetProfilePictureAsync(handle, cancellationToken);
    }

    private async Task<string> StartUploadAsync(long length, string mimeType, string fileName, CancellationToken cancellationToken)
    {
        var query = $"file_name={Uri.EscapeDataString(fileName)}&file_length={length.ToString(CultureInfo.InvariantCulture)}"
            + $"&file_type={Uri.EscapeDataString(mimeType)}";
        using var request = NewRequest(HttpMethod.Post, GraphUri($"{AppId}/uploads?{query}"), GraphRequestKind.NotIdempotent);
        var session = await SendAsync(request, WhatsAppJsonContext.Default.UploadSession, cancellationToken);
        return session.Id;
    }

    private async Task<string> SendUploadDataAsync(string sessionId, byte[] content, long offset, CancellationToken cancellationToken)
    {
        if (offset < 0 || offset > content.LongLength)
            throw new JsonException($"Meta reported file_offset {offset} for a file of {content.LongLength} bytes.");
        using var request = NewRequest(HttpMethod.Post, GraphUri(sessionId), GraphRequestKind.NotIdempotent);
        // The data POST takes the token in Graph's own "OAuth" scheme, not as a Bearer token.
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", _options.AccessToken);
        request.Headers.Add("file_offset", offset.ToString(CultureInfo.InvariantCulture));
        request.Content = new ByteArrayContent(content, (int)offset, content.Length - (int)offset);
        var uploaded = await SendAsync(request, WhatsAppJsonContext.Default.UploadedFile, cancellationToken);
        return uploaded.H is { Length: > 0 } handle ? handle : throw new JsonException($"Meta's answer to upload {sessionId} has no handle (h).");
    }

    private async Task<long> GetUploadOffsetAsync(string sessionId, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Get, GraphUri(sessionId), GraphRequestKind.Idempotent);
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", _options.AccessToken);
        var session = await SendAsync(request, WhatsAppJsonContext.Default.UploadSession, cancellationToken);
        return session.FileOffset;
    }

    /// <summary>A transfer cut off or timed out, or a server error: Meta may hold part of the file, so resuming is worth it.</summary>
    private static bool IsBrokenTransfer(Exception exception) => exception switch
    {
        WhatsAppApiException api => api.Error.HttpStatus >= 500,
        TimeoutRejectedException or HttpRequestException => true,
        _ => false,
    };
}
