using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wasel.Platform;
using Wasel.Platform.Data;

namespace Wasel.Media;

/// <summary>
/// Downloads customers' media: queues a row per inbound media message (<see cref="EnlistInboundMedia"/>), claims due
/// rows with a lease (several nodes share the work, each row goes to one), downloads each and records the outcome.
/// Failures are retried with back-off and then kept as failed with their reason: webhook media ids expire after
/// 7 days, so retrying forever cannot help.
/// </summary>
public sealed class MediaDownloader(
    IDbContextFactory<WaselDb> dbFactory,
    IServiceScopeFactory scopes,
    EnlistInboundMedia enlist,
    TimeProvider time,
    WorkSignal<MediaDownloader> signal,
    IHostApplicationLifetime lifetime,
    IOptions<MediaOptions> options,
    ILogger<MediaDownloader> log) : BackgroundService
{
    private const int BatchSize = 8;
    private MediaOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.DownloadInbound) return;
        // The embedded sandbox is reached at this server's own address, known once it listens.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await enlist.HandleAsync(stoppingToken);
                if (await DownloadBatchAsync(stoppingToken) == BatchSize) continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Media download round failed");
            }
            await signal.WaitAsync(Options.Poll, stoppingToken);
        }
    }

    /// <summary>Claims and downloads one batch; returns how many rows it claimed.</summary>
    public async Task<int> DownloadBatchAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (file, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<DownloadMedia>().HandleAsync(file, ct);
            await FinishAsync(file, outcome, ct);
        });
        return claimed.Count;
    }

    private async Task<List<MediaFile>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var token = Guid.NewGuid();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.MediaFiles
            .Where(f => f.State == MediaState.Pending && f.NextAttemptAt <= now && (f.LeasedUntil == null || f.LeasedUntil < now))
            .OrderBy(f => f.NextAttemptAt).ThenBy(f => f.Id).Select(f => f.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0) return [];
        // A conditional update takes the lease: of several nodes racing for a row, exactly one matches it.
        await db.MediaFiles
            .Where(f => due.Contains(f.Id) && f.State == MediaState.Pending && (f.LeasedUntil == null || f.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.LeasedUntil, now + Options.Lease).SetProperty(f => f.LeaseToken, token)
                .SetProperty(f => f.Attempts, f => f.Attempts + 1), cancellationToken);
        return await db.MediaFiles.AsNoTracking().Where(f => f.LeaseToken == token && due.Contains(f.Id)).ToListAsync(cancellationToken);
    }

    private async Task FinishAsync(MediaFile file, DownloadOutcome outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.MediaFiles.FirstOrDefaultAsync(f => f.Id == file.Id && f.LeaseToken == file.LeaseToken, cancellationToken);
        if (row is null) return; // the lease ran out and another node took it over
        row.LeasedUntil = null;
        row.LeaseToken = null;
        switch (outcome)
        {
            case DownloadOutcome.Stored stored:
                (row.State, row.StoragePath, row.MimeType, row.Size, row.Sha256, row.StoredAt, row.Error) =
                    (MediaState.Stored, stored.StoragePath, stored.MimeType, stored.Size, stored.Sha256, now, null);
                break;
            case DownloadOutcome.Retry(var reason) when row.Attempts < Options.MaxAttempts && now - row.CreatedAt < EnlistInboundMedia.MediaIdLifetime:
                row.Error = Trim(reason);
                row.NextAttemptAt = now + Backoff(row.Attempts);
                log.LogWarning("Media {Id} will be downloaded again (attempt {Attempt}): {Reason}", row.Id, row.Attempts, reason);
                break;
            case DownloadOutcome.Retry(var reason):
                Fail(row, $"Gave up after {row.Attempts} attempts: {reason}");
                break;
            case DownloadOutcome.GiveUp(var reason):
                Fail(row, reason);
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Fail(MediaFile row, string reason)
    {
        row.State = MediaState.Failed;
        row.Error = Trim(reason);
        log.LogWarning("Media {Id} could not be downloaded: {Reason}", row.Id, reason);
    }

    private TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, Options.RetryBaseDelay.Ticks * (1L << Math.Min(attempts - 1, 20))));

    private static string Trim(string text) => text.Length > 2000 ? text[..2000] : text;
}
