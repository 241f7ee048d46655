using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Wasel.Conversations;
using Wasel.Platform;
using Wasel.Platform.Data;
using Message = Wasel.Conversations.Message;

namespace Wasel.Messaging;

/// <summary>
/// Queues validated outbound messages durably: the message and its <see cref="OutboundDispatch"/> row of every send
/// that arrived meanwhile are committed in one transaction (group commit), so that many concurrent sends share one
/// disk flush and, on SQLite, one turn at the single writer. Each caller learns its own outcome only once its message
/// is committed. If a batch fails (a concurrent duplicate Idempotency-Key, one row the database refuses), its sends
/// are committed one at a time so that each gets its own outcome.
/// </summary>
public sealed class OutboundQueue(IDbContextFactory<WaselDb> dbFactory, WorkSignal<MessageDispatcher> dispatcher, ILogger<OutboundQueue> log)
    : BackgroundService
{
    private const int MaxBatch = 1024;
    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10_000));

    private sealed record Pending(Message Message, TaskCompletionSource<Queued> Done);

    /// <summary>The committed message, or the earlier one committed under the same Idempotency-Key.</summary>
    public sealed record Queued(Message Message, bool Duplicate);

    /// <summary>
    /// Commits a new outbound message (not yet tracked by any context) and its dispatch row. Null when the queue is
    /// full: nothing was stored, and the caller should try again shortly.
    /// </summary>
    public async Task<Queued?> EnqueueAsync(Message message)
    {
        var pending = new Pending(message, new TaskCompletionSource<Queued>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending)) return null;
        // Not cancelled with the request: once queued, the message is committed whether or not the caller still waits.
        return await pending.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // As in the webhook inbox: SQLite has one writer, so a second batch in flight would only wait; PostgreSQL
        // flushes its log once for the transactions committing together, so a few batches in flight share flushes.
        bool sqlite;
        await using (var db = await dbFactory.CreateDbContextAsync(stoppingToken)) sqlite = db.Database.IsSqlite();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, sqlite ? 1 : 4).Select(_ => CommitBatchesAsync(stoppingToken)));
        }
        finally
        {
            // Shutting down: what was not committed is answered as not stored.
            queue.Writer.TryComplete();
            while (queue.Reader.TryRead(out var left)) left.Done.TrySetCanceled(stoppingToken);
        }
    }

    private async Task CommitBatchesAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item)) batch.Add(item);
            if (batch.Count == 0) continue; // another writer took them
            try
            {
                await CommitAsync(batch, stoppingToken);
                foreach (var p in batch) p.Done.TrySetResult(new Queued(p.Message, false));
            }
            catch (OperationCanceledException)
            {
                foreach (var p in batch) p.Done.TrySetCanceled(stoppingToken);
                throw;
            }
            catch (Exception e)
            {
                if (batch.Count > 1) log.LogInformation(e, "Queuing {Count} messages together failed; queuing them one at a time", batch.Count);
                foreach (var p in batch) await CommitAloneAsync(p, stoppingToken);
            }
            dispatcher.Notify();
        }
    }

    private async Task CommitAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var p in batch)
        {
            // A failed earlier attempt may have left keys on the entities; they are inserted afresh.
            p.Message.Id = 0;
            db.Messages.Add(p.Message);
            db.OutboundDispatches.Add(new OutboundDispatch { Message = p.Message, NextAttemptAt = p.Message.CreatedAt });
        }
        var conversations = batch.Select(p => p.Message.ConversationId).Distinct().ToList();
        var latest = batch.Max(p => p.Message.CreatedAt);

        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.Conversations.Where(c => conversations.Contains(c.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.LastMessageAt, c => c.LastMessageAt > latest ? c.LastMessageAt : latest)
                .SetProperty(c => c.UpdatedAt, c => c.UpdatedAt > latest ? c.UpdatedAt : latest), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CommitAloneAsync(Pending pending, CancellationToken cancellationToken)
    {
        try
        {
            await CommitAsync([pending], cancellationToken);
            pending.Done.TrySetResult(new Queued(pending.Message, false));
        }
        catch (DbUpdateException) when (pending.Message.IdempotencyKey is { } key)
        {
            // A concurrent send with the same key won the unique index: the caller is answered with that message.
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var authorId = pending.Message.AuthorId;
                var earlier = await db.Messages.AsNoTracking().FirstAsync(m => m.AuthorId == authorId && m.IdempotencyKey == key, cancellationToken);
                pending.Done.TrySetResult(new Queued(earlier, true));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                pending.Done.TrySetException(e);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not queue a message in conversation {ConversationId}", pending.Message.ConversationId);
            pending.Done.TrySetException(e);
        }
    }
}
