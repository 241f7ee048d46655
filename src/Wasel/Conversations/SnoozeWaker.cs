using Microsoft.EntityFrameworkCore;
using Wasel.Inbox;
using Wasel.Platform.Data;

namespace Wasel.Conversations;

/// <summary>
/// Brings snoozed conversations back when their time comes: open again, with a "woke" event, on every screen that
/// shows them. Safe on several nodes: the status update is conditional, so each conversation wakes once.
/// </summary>
internal sealed class SnoozeWaker(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, InboxNotifier notifier, ILogger<SnoozeWaker> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WakeDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Waking snoozed conversations failed; trying again shortly");
            }
            await Task.Delay(Every, time, stoppingToken);
        }
    }

    public async Task<int> WakeDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.Conversations.AsNoTracking()
            .Where(c => c.Status == ConversationStatus.Snoozed && c.SnoozedUntil != null && c.SnoozedUntil <= now)
            .OrderBy(c => c.SnoozedUntil).ThenBy(c => c.Id).Select(c => new { c.Id, c.TeamId, c.AssigneeId }).Take(500).ToListAsync(cancellationToken);
        var woken = 0;
        foreach (var c in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var changed = await db.Conversations.Where(x => x.Id == c.Id && x.Status == ConversationStatus.Snoozed)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ConversationStatus.Open)
                    .SetProperty(x => x.SnoozedUntil, (DateTimeOffset?)null).SetProperty(x => x.UpdatedAt, now), cancellationToken);
            if (changed == 0) continue;
            db.ConversationEvents.Add(new ConversationEvent { ConversationId = c.Id, Kind = "woke", ActorId = "system", At = now });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            notifier.Publish(new InboxChange(InboxChangeKind.Conversation, c.Id, c.TeamId, c.AssigneeId));
            woken++;
        }
        return woken;
    }
}
