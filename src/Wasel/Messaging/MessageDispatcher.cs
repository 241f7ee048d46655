using Microsoft.EntityFrameworkCore;
using Wasel.Platform;
using Wasel.Platform.Data;

namespace Wasel.Messaging;

/// <summary>
/// Sends queued messages: claims due rows with a lease (several nodes share the queue, each row goes to one), sends
/// them through the Cloud API client in parallel, and records each outcome (see <see cref="DispatchAttempt"/>).
/// </summary>
public sealed class MessageDispatcher(
    IDbContextFactory<WaselDb> dbFactory,
    IServiceScopeFactory scopes,
    TimeProvider time,
    WorkSignal<MessageDispatcher> signal,
    IHostApplicationLifetime lifetime,
    Microsoft.Extensions.Options.IOptions<DispatchOptions> options,
    Microsoft.Extensions.Options.IOptions<MessagingOptions> messaging,
    ILogger<MessageDispatcher> log) : BackgroundService
{
    private DispatchOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!messaging.Value.DispatchMessages) return;
        // The embedded sandbox is reached at this server's own address, known once it listens.
        await WaitForStartAsync(stoppingToken);
        // Several rounds in flight, as several nodes would run them: one sends while another records its answers or
        // claims the next rows. The pacer is shared, so together they stay within the number's throughput.
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, Options.RoundsInFlight)).Select(_ => RunRoundsAsync(stoppingToken)));
    }

    private async Task RunRoundsAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchBatchAsync(stoppingToken) == Options.BatchSize) continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Dispatch round failed");
            }
            await signal.WaitAsync(Options.Poll, stoppingToken);
        }
    }

    /// <summary>Claims and sends one batch; returns how many rows it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var (token, interrupted, count) = await ClaimAsync(cancellationToken);
        if (count == 0) return 0;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DispatchBatch>().HandleAsync(token, interrupted, cancellationToken);
        return count;
    }

    /// <summary>
    /// Takes a lease on due rows. A row still carrying an earlier lease token was claimed by a sender that never
    /// finished (crash, or a lease that ran out): that send may have reached WhatsApp, so it is reported as interrupted.
    /// </summary>
    private async Task<(Guid Token, HashSet<long> Interrupted, int Count)> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var token = Guid.NewGuid();
        // Stays fully durable: the mark this claim leaves is what tells a later claim that a send may have gone out.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var due = await db.OutboundDispatches
            .Where(d => d.NextAttemptAt <= now && (d.LeasedUntil == null || d.LeasedUntil < now))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Select(d => new { d.Id, Interrupted = d.LeaseToken != null })
            .Take(Options.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0) return (token, [], 0);
        var ids = due.Select(d => d.Id).ToList();
        // A conditional update takes the lease: of several nodes (or rounds) racing for a row, exactly one matches it,
        // and not a row another round released for later meanwhile.
        var leaseUntil = now + Options.Lease;
        var count = await db.OutboundDispatches
            .Where(d => ids.Contains(d.Id) && d.NextAttemptAt <= now && (d.LeasedUntil == null || d.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeasedUntil, leaseUntil).SetProperty(d => d.LeaseToken, token), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (token, due.Where(d => d.Interrupted).Select(d => d.Id).ToHashSet(), count);
    }

    private async Task WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }
}
