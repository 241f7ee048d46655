using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Wasel.Platform;
using Wasel.Platform.Data;

namespace Wasel.Messaging;

/// <summary>
/// Stores verified webhook bodies durably before the endpoint answers 200. Concurrent requests are committed
/// together (group commit): one transaction, and so one disk flush, for every body that arrived meanwhile. This is
/// what lets a single SQLite file accept thousands of webhooks a second without giving up durability.
/// </summary>
public sealed class WebhookInbox(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, WorkSignal<WebhookProcessor> processor, ILogger<WebhookInbox> log)
    : BackgroundService
{
    private const int MaxBatch = 512;
    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(20_000) { SingleReader = true });

    private sealed record Pending(string Payload, TaskCompletionSource Stored);

    /// <summary>True once the body is committed; false when the inbox is full (the caller answers 503 so Meta retries).</summary>
    public async Task<bool> StoreAsync(string payload, CancellationToken cancellationToken)
    {
        var pending = new Pending(payload, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending)) return false;
        await pending.Stored.Task.WaitAsync(cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item)) batch.Add(item);
            try
            {
                var now = time.GetUtcNow();
                await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                db.InboundWebhooks.AddRange(batch.Select(p => new InboundWebhook { Payload = p.Payload, ReceivedAt = now, NextAttemptAt = now }));
                await db.SaveChangesAsync(stoppingToken);
                foreach (var p in batch) p.Stored.TrySetResult();
                processor.Notify();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Could not store {Count} webhooks; the sender will redeliver them", batch.Count);
                foreach (var p in batch) p.Stored.TrySetException(e);
            }
        }
    }
}
