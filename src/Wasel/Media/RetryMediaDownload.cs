using Microsoft.EntityFrameworkCore;
using Wasel.Platform;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Media;

/// <summary>
/// Queues a failed download again (e.g. after an outage outlasted the retries), while WhatsApp still keeps the
/// media: webhook media ids expire 7 days after receipt.
/// </summary>
public sealed class RetryMediaDownload(WaselDb db, TimeProvider time, WorkSignal<MediaDownloader> downloader)
{
    public async Task<Result<MediaDto>> HandleAsync(long messageId, CancellationToken cancellationToken)
    {
        var file = await db.MediaFiles.FirstOrDefaultAsync(f => f.MessageId == messageId, cancellationToken);
        if (file is null) return Problem.NotFound("Media", $"Message {messageId} has no downloaded or queued media.");
        if (file.State != MediaState.Failed)
            return Problem.Conflict("Media has not failed", $"The media of message {messageId} is {file.State.ToString().ToLowerInvariant()}; only failed downloads can be retried.");
        var now = time.GetUtcNow();
        if (file.WhatsAppMediaId.Length == 0 || now - file.CreatedAt >= EnlistInboundMedia.MediaIdLifetime)
            return Problem.Conflict("Media can no longer be downloaded",
                "WhatsApp keeps a customer's media for 7 days after receipt (or the message carried no media id); ask the customer to send it again.");

        file.State = MediaState.Pending;
        file.Attempts = 0;
        file.NextAttemptAt = now;
        file.LeasedUntil = null;
        file.LeaseToken = null;
        await db.SaveChangesAsync(cancellationToken);
        downloader.Notify();
        return MediaDto.From(file, messageId);
    }
}
