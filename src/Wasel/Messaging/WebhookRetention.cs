using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wasel.Platform.Data;

namespace Wasel.Messaging;

/// <summary>
/// Deletes stored webhooks once processed and older than <see cref="MessagingOptions.WebhookRetention"/>, and early
/// statuses as old (statuses for messages another app on the number sent, which no send of Wasel's will claim).
/// At a thousand messages a second the inbox gains about three rows a second per message sent, so without this the
/// table would grow by hundreds of millions of rows a day. Webhooks that never processed are kept for inspection.
/// Safe on several nodes: each delete takes what is due at the time.
/// </summary>
public sealed class WebhookRetention(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, IOptions<MessagingOptions> options,
    ILogger<WebhookRetention> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    /// <summary>Rows per delete: small enough that SQLite's one writer is not held long.</summary>
    private const int Chunk = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.WebhookRetention <= TimeSpan.Zero) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (webhooks, statuses) = await DeleteExpiredAsync(stoppingToken);
                if (webhooks + statuses > 0) log.LogInformation("Deleted {Webhooks} processed webhooks and {Statuses} early statuses older than {Retention}", webhooks, statuses, options.Value.WebhookRetention);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Deleting old webhooks failed; trying again later");
            }
            await Task.Delay(Every, time, stoppingToken);
        }
    }

    /// <summary>Deletes everything past its retention now; returns how many webhooks and early statuses went.</summary>
    public async Task<(int Webhooks, int EarlyStatuses)> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        if (options.Value.WebhookRetention <= TimeSpan.Zero) return (0, 0);
        var cutoff = time.GetUtcNow() - options.Value.WebhookRetention;
        var webhooks = await DeleteInChunksAsync(db => db.InboundWebhooks.Where(w => w.ProcessedAt != null && w.ReceivedAt < cutoff)
            .OrderBy(w => w.Id).Take(Chunk).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        var statuses = await DeleteInChunksAsync(db => db.EarlyStatuses.Where(s => s.ReceivedAt < cutoff)
            .OrderBy(s => s.Id).Take(Chunk).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        return (webhooks, statuses);
    }

    private async Task<int> DeleteInChunksAsync(Func<WaselDb, Task<int>> deleteChunk, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            deleted = await deleteChunk(db);
            await transaction.CommitAsync(cancellationToken);
            total += deleted;
        } while (deleted == Chunk && !cancellationToken.IsCancellationRequested);
        return total;
    }
}
