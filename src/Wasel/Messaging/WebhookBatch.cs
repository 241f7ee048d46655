using Microsoft.EntityFrameworkCore;
using Wasel.Inbox;
using Wasel.Platform.Data;
using Wasel.WhatsApp.Webhooks;
using Message = Wasel.Conversations.Message;

namespace Wasel.Messaging;

/// <summary>
/// Applies the events of a claimed set of parsed webhooks in one context and one transaction: a few set-based reads
/// load every contact, conversation and message the set needs, events are applied in arrival order in memory, and
/// one commit stores them and marks the webhooks processed. It decides nothing of its own: inbound messages and
/// statuses are recorded as <see cref="RecordInboundMessage"/> and <see cref="RecordMessageStatus"/> do, and any failure
/// (a race lost on a unique index or a version, one bad event) rolls the whole set back so the caller can apply
/// it one webhook at a time.
/// </summary>
public sealed class WebhookBatch(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, InboxNotifier notifier, ILogger<WebhookBatch> log)
{
    public async Task ApplyAsync(IReadOnlyList<(InboundWebhook Webhook, WebhookNotification Notification)> parsed, CancellationToken cancellationToken)
    {
        var events = parsed.SelectMany(p => p.Notification.Events).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.UseRedoableWritesAsync(cancellationToken); // the webhooks stay unprocessed until this commits
        var now = time.GetUtcNow();
        var state = await WebhookBatchState.LoadAsync(db, events, cancellationToken);

        foreach (var change in events)
        {
            switch (change)
            {
                case InboundMessage message:
                    RecordInbound(db, state, message, now);
                    break;
                case MessageStatus status:
                    RecordStatus(db, state, status, now);
                    break;
                default:
                    log.LogInformation("Webhook event {Field} ({Type}) received", change.Field, change.GetType().Name);
                    break;
            }
        }

        var ids = parsed.Select(p => p.Webhook.Id).ToList();
        var token = parsed[0].Webhook.LeaseToken;
        var live = notifier.Track(db);
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.InboundWebhooks.Where(w => ids.Contains(w.Id) && w.LeaseToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ProcessedAt, now).SetProperty(w => w.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(w => w.LastError, (string?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await live.PublishAsync(cancellationToken);
    }

    private void RecordInbound(WaselDb db, WebhookBatchState state, InboundMessage inbound, DateTimeOffset now)
    {
        if (InboundMessageChanges.SenderOf(inbound) is not { } waId)
        {
            log.LogWarning("Inbound message {Id} has no sender id; skipped", inbound.Id);
            return;
        }
        // Already stored, or earlier in this set: a redelivery, which changes nothing (as the unique index makes it).
        if (!string.IsNullOrEmpty(inbound.Id) && !state.StoredWamids.Add(inbound.Id)) return;

        var contact = InboundMessageChanges.UpsertContact(db, state.Contacts.GetValueOrDefault(waId), waId, inbound, now);
        state.Contacts[waId] = contact;
        var conversation = InboundMessageChanges.OpenConversation(db, state.Conversations.GetValueOrDefault(waId), contact, inbound, now);
        state.Conversations[waId] = conversation;
        var message = InboundMessageChanges.AddMessage(db, conversation, inbound, now);
        if (!string.IsNullOrEmpty(inbound.Id)) state.Messages[inbound.Id] = message;
    }

    private static void RecordStatus(WaselDb db, WebhookBatchState state, MessageStatus status, DateTimeOffset now)
    {
        var message = state.Messages.GetValueOrDefault(status.Id);
        if (message is null && RecordMessageStatus.OwnMessageId(status.BizOpaqueCallbackData) is { } ownId
            && state.AwaitingWamid.GetValueOrDefault(ownId) is { WaMessageId: null } own)
        {
            message = own;
            message.WaMessageId = status.Id;
            state.Messages[status.Id] = message;
        }
        if (message is null)
        {
            db.EarlyStatuses.Add(new EarlyStatus { WaMessageId = status.Id, Status = status.RawJson, ReceivedAt = now });
            return;
        }
        StatusTransition.Apply(message, status);
    }
}
