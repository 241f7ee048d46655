using Wasel.WhatsApp;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Media;

namespace Wasel.Media;

/// <summary>What one download attempt came to: stored, worth another try, or hopeless.</summary>
public abstract record DownloadOutcome
{
    public sealed record Stored(string StoragePath, string MimeType, long Size, string Sha256) : DownloadOutcome;
    public sealed record Retry(string Reason) : DownloadOutcome;
    public sealed record GiveUp(string Reason) : DownloadOutcome;
}

/// <summary>
/// Downloads one inbound media file: looks up its URL, fetches it with the token, checks size and SHA-256 against
/// what WhatsApp announced, and stores it.
/// </summary>
public sealed class DownloadMedia(WhatsAppClient client, MediaStorage storage)
{
    private static readonly long LargestAllowed = MediaLimits.MaxBytes.Values.Max();

    public async Task<DownloadOutcome> HandleAsync(MediaFile file, CancellationToken cancellationToken)
    {
        try
        {
            var info = await client.GetMediaAsync(file.WhatsAppMediaId, cancellationToken);
            if (info.FileSize > LargestAllowed)
                return new DownloadOutcome.GiveUp($"The file is {info.FileSize:N0} bytes, more than WhatsApp allows for any media ({LargestAllowed:N0}).");
            var downloaded = await client.DownloadMediaAsync(info.Url, cancellationToken);
            var content = downloaded.Content;

            if (info.FileSize is { } size && size != content.LongLength)
                return new DownloadOutcome.Retry($"Expected {size:N0} bytes and received {content.LongLength:N0}.");
            var actual = Sha256Hex.Of(content);
            foreach (var expected in new[] { Sha256Hex.From(info.Sha256), file.Sha256 })
                if (expected is not null && expected != actual)
                    return new DownloadOutcome.Retry($"The file's SHA-256 is {actual}, not the announced {expected}.");

            var mimeType = info.MimeType ?? file.MimeType;
            var path = await storage.SaveAsync(content, mimeType, cancellationToken);
            return new DownloadOutcome.Stored(path, mimeType, content.LongLength, actual);
        }
        catch (WhatsAppApiException e) when (!e.Error.Explanation.Retryable)
        {
            return new DownloadOutcome.GiveUp(Describe(e.Error));
        }
        catch (WhatsAppApiException e) { return new DownloadOutcome.Retry(Describe(e.Error)); }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Network errors, timeouts, a full disk: each attempt is counted, so the file ends failed rather than stuck.
            return new DownloadOutcome.Retry($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static string Describe(WhatsAppError error) =>
        $"WhatsApp error {error.Code?.ToString() ?? "(none)"} (HTTP {error.HttpStatus}): {error.Title}" + (error.Details is null ? "" : $" — {error.Details}");
}
