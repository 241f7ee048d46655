using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Wasel.Platform;
using Wasel.Platform.Data;

namespace Wasel.Messaging;

/// <summary>
/// Stores verified webhook bodies durably before the endpoint answers 200. Concurrent requests are committed
/// together (group commit): one transaction, and so one disk flush, for every body that arrived meanwhile. This is
/// what lets a single SQLite file accept thousands of webhooks a second without giving up durability.
/// </summary>
public sealed class WebhookInbox(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, WorkSignal<WebhookProcessor> processor, IntakePressure pressure,
    ILogger<WebhookInbox> log)
    : BackgroundService
{
    private const int MaxBatch = 2048;
    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(20_000));

    private sealed record Pending(string Payload, TaskCompletionSource Stored, long Arrived);

    /// <summary>True once the body is committed; false when the inbox is full (the caller answers 503 so Meta retries).</summary>
    public async Task<bool> StoreAsync(string payload, CancellationToken cancellationToken)
    {
        var pending = new Pending(payload, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), System.Diagnostics.Stopwatch.GetTimestamp());
        if (!queue.Writer.TryWrite(pending)) return false;
        await pending.Stored.Task.WaitAsync(cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite has one writer at a time, so a second batch in flight would only wait for the first. PostgreSQL
        // flushes its log for all transactions committing at once, so a few batches in flight share their flushes.
        bool sqlite;
        await using (var db = await dbFactory.CreateDbContextAsync(stoppingToken)) sqlite = db.Database.IsSqlite();
        await Task.WhenAll(Enumerable.Range(0, sqlite ? 1 : 4).Select(_ => StoreBatchesAsync(stoppingToken)));
    }

    private async Task StoreBatchesAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item)) batch.Add(item);
            if (batch.Count == 0) continue; // another writer took them
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                await InsertAsync(db, batch, time.GetUtcNow(), stoppingToken);
                foreach (var p in batch) p.Stored.TrySetResult();
                pressure.Report(System.Diagnostics.Stopwatch.GetElapsedTime(batch.Min(p => p.Arrived)));
                processor.Notify();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Could not store {Count} webhooks; the sender will redeliver them", batch.Count);
                foreach (var p in batch) p.Stored.TrySetException(e);
            }
        }
    }

    /// <summary>
    /// One multi-row INSERT for the whole batch instead of the change tracker (one tracked entity and, on SQLite, one
    /// statement per row): less work per webhook on the hot path. Table, column names and value conversions still
    /// come from the model.
    /// </summary>
    private static async Task InsertAsync(WaselDb db, List<Pending> batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(InboundWebhook))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string name) => '"' + entity.FindProperty(name)!.GetColumnName(table) + '"';
        var receivedAt = entity.FindProperty(nameof(InboundWebhook.ReceivedAt))!;
        var stamp = receivedAt.GetTypeMapping().Converter?.ConvertToProvider(now) ?? now;

        var sql = new StringBuilder($"""INSERT INTO "{table.Name}" ({Column(nameof(InboundWebhook.Payload))}, {Column(nameof(InboundWebhook.ReceivedAt))}, {Column(nameof(InboundWebhook.NextAttemptAt))}, {Column(nameof(InboundWebhook.Attempts))}) VALUES """);
        var values = new object[batch.Count + 1];
        values[0] = stamp;
        for (var i = 0; i < batch.Count; i++)
        {
            sql.Append(i == 0 ? "({" : ", ({").Append(i + 1).Append("}, {0}, {0}, 0)");
            values[i + 1] = batch[i].Payload;
        }

        // The write lock is taken every millisecond until free (see WriteTransaction): any wait is added to the
        // acknowledgement of every webhook in the batch.
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
