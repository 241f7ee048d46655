using Microsoft.EntityFrameworkCore;
using Wasel.Platform;
using Wasel.Platform.Data;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Messaging;

/// <summary>
/// Processes stored webhooks: claims a batch with a lease (safe with several nodes), parses each body and applies
/// its events. A body that fails is retried with back-off; one that cannot be parsed is kept with its error.
/// </summary>
public sealed class WebhookProcessor(
    IDbContextFactory<WaselDb> dbFactory,
    IServiceScopeFactory scopes,
    WebhookBatch batch,
    TimeProvider time,
    WorkSignal<WebhookProcessor> signal,
    IntakePressure pressure,
    Microsoft.Extensions.Options.IOptions<MessagingOptions> options,
    ILogger<WebhookProcessor> log) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private const int MaxAttempts = 10;
    private static readonly TimeSpan MaxYield = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ProcessWebhooks) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var count = await ProcessBatchAsync(stoppingToken);
                // While acknowledgements are slow, pause as long as the batch took: at most half the time goes to
                // processing, and the backlog is worked off once intake eases.
                if (count > 0 && pressure.High)
                    await Task.Delay(TimeSpan.FromTicks(Math.Min(System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks, MaxYield.Ticks)), stoppingToken);
                if (count == BatchSize) continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Webhook processing round failed");
            }
            await signal.WaitAsync(Poll, stoppingToken);
        }
    }

    /// <summary>
    /// Claims and processes one batch; returns how many webhooks it claimed. The readable ones are applied together
    /// in one transaction; if that fails (a race lost to another node, one bad event), each is applied on its own so
    /// one webhook cannot hold back the others and races resolve as they do one at a time.
    /// </summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        var parsed = new List<(InboundWebhook Webhook, WebhookNotification Notification)>(claimed.Count);
        foreach (var webhook in claimed)
        {
            try
            {
                parsed.Add((webhook, WebhookParser.Parse(webhook.Payload)));
            }
            catch (WebhookParseException e)
            {
                webhook.Attempts = MaxAttempts; // parsing again will not help
                await FinishAsync(webhook, "Unreadable webhook: " + e.Message, cancellationToken);
            }
        }
        if (parsed.Count == 0) return claimed.Count;

        try
        {
            await batch.ApplyAsync(parsed, cancellationToken);
            return claimed.Count;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogInformation(e, "Applying {Count} webhooks together failed; applying them one at a time", parsed.Count);
        }
        foreach (var (webhook, notification) in parsed) await ApplyOneAsync(webhook, notification, cancellationToken);
        return claimed.Count;
    }

    private async Task ApplyOneAsync(InboundWebhook webhook, WebhookNotification notification, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var apply = scope.ServiceProvider.GetRequiredService<ApplyWebhookEvents>();
            foreach (var change in notification.Events) await apply.HandleAsync(change, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = e.GetType().Name + ": " + e.Message;
            log.LogWarning(e, "Webhook {Id} failed on attempt {Attempt}", webhook.Id, webhook.Attempts);
        }
        await FinishAsync(webhook, error, cancellationToken);
    }

    private async Task<List<InboundWebhook>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var token = Guid.NewGuid();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.UseRedoableWritesAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var due = await db.InboundWebhooks
            .Where(w => w.ProcessedAt == null && w.Attempts < MaxAttempts && w.NextAttemptAt <= now && (w.LeasedUntil == null || w.LeasedUntil < now))
            // In the index's order (a new webhook is due when it arrives, so this is arrival order): ordered by id
            // alone, every claim would sort the whole backlog while holding SQLite's one write lock.
            .OrderBy(w => w.NextAttemptAt).ThenBy(w => w.Id).Select(w => w.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0) return [];
        // The lease is taken by a conditional update: of two nodes racing for a row, only one matches it.
        await db.InboundWebhooks
            .Where(w => due.Contains(w.Id) && w.ProcessedAt == null && (w.LeasedUntil == null || w.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.LeasedUntil, now + Lease).SetProperty(w => w.LeaseToken, token)
                .SetProperty(w => w.Attempts, w => w.Attempts + 1), cancellationToken);
        var claimed = await db.InboundWebhooks.AsNoTracking().Where(w => w.LeaseToken == token && due.Contains(w.Id)).OrderBy(w => w.Id).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    private async Task FinishAsync(InboundWebhook webhook, string? error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.UseRedoableWritesAsync(cancellationToken);
        var row = db.InboundWebhooks.Where(w => w.Id == webhook.Id && w.LeaseToken == webhook.LeaseToken);
        if (error is null)
        {
            await row.ExecuteUpdateAsync(s => s.SetProperty(w => w.ProcessedAt, now).SetProperty(w => w.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(w => w.LastError, (string?)null), cancellationToken);
            return;
        }
        var retryAt = now + TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, webhook.Attempts)));
        var attempts = webhook.Attempts;
        await row.ExecuteUpdateAsync(s => s.SetProperty(w => w.NextAttemptAt, retryAt).SetProperty(w => w.LeasedUntil, (DateTimeOffset?)null)
            .SetProperty(w => w.Attempts, attempts).SetProperty(w => w.LastError, error.Length > 2000 ? error[..2000] : error), cancellationToken);
    }
}
