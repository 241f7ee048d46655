using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wasel.Conversations;
using Wasel.Platform.Data;

namespace Wasel.Media;

/// <summary>
/// Finds inbound media messages that have no <see cref="MediaFile"/> yet and queues a download for each. Messages are
/// read from where messaging stores them, so recording a message needs no change for media.
/// </summary>
public sealed class EnlistInboundMedia(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, ILogger<EnlistInboundMedia> log)
{
    public static readonly string[] MediaTypes = ["image", "audio", "video", "document", "sticker"];
    /// <summary>Webhook media ids live 7 days at Meta: older messages cannot be downloaded any more.</summary>
    public static readonly TimeSpan MediaIdLifetime = TimeSpan.FromDays(7);
    private const int BatchSize = 100;
    /// <summary>
    /// How far below the highest message id seen to look again: ids are taken before commit, so a message with a
    /// lower id can become visible after a higher one.
    /// </summary>
    private const long LateCommitMargin = 1000;

    private long highestSeen;

    /// <summary>Queues downloads for one batch of messages; returns how many it found.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now - MediaIdLifetime;
        var from = highestSeen - LateCommitMargin;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.Id > from && m.Direction == MessageDirection.Inbound && MediaTypes.Contains(m.Type) && m.CreatedAt > since
                && !db.MediaFiles.Any(f => f.MessageId == m.Id))
            .OrderBy(m => m.Id).Take(BatchSize).Select(m => new { m.Id, m.Type, m.Content }).ToListAsync(cancellationToken);

        foreach (var message in messages)
        {
            db.MediaFiles.Add(FromContent(message.Id, message.Type, message.Content, now));
            try { await db.SaveChangesAsync(cancellationToken); }
            catch (DbUpdateException)
            {
                // Another node queued it first (unique message id): that is success.
                db.ChangeTracker.Clear();
            }
            highestSeen = Math.Max(highestSeen, message.Id);
        }
        if (messages.Count > 0) log.LogDebug("Queued {Count} media downloads", messages.Count);
        return messages.Count;
    }

    private static MediaFile FromContent(long messageId, string type, string content, DateTimeOffset now)
    {
        var file = new MediaFile { MessageId = messageId, Direction = MediaDirection.Inbound, WhatsAppMediaId = "", MimeType = "application/octet-stream", CreatedAt = now, NextAttemptAt = now };
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.TryGetProperty(type, out var media) && media.ValueKind == JsonValueKind.Object)
            {
                file.WhatsAppMediaId = Text(media, "id") ?? "";
                file.MimeType = Text(media, "mime_type") ?? file.MimeType;
                file.Sha256 = Sha256Hex.From(Text(media, "sha256"));
                if (type == "document") file.FileName = SafeFileName.Clean(Text(media, "filename"), file.MimeType);
            }
        }
        catch (JsonException) { }
        if (file.WhatsAppMediaId.Length is 0 or > 128)
        {
            file.State = MediaState.Failed;
            file.Error = "The message carries no usable media id, so there is nothing to download.";
        }
        if (file.MimeType.Length > 255) file.MimeType = "application/octet-stream";
        return file;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
