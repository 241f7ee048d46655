using Microsoft.EntityFrameworkCore;
using Wasel.Conversations;
using Wasel.Inbox;
using Wasel.Platform.Data;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Messaging;

/// <summary>
/// A customer's message: upserts the contact, opens (or reopens) their conversation, stores the message once
/// (the unique wamid index decides), and extends the 24-hour customer-service window.
/// </summary>
public sealed class RecordInboundMessage(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, InboxNotifier notifier, ILogger<RecordInboundMessage> log)
{
    public static readonly TimeSpan ServiceWindow = InboundMessageChanges.ServiceWindow;

    public async Task HandleAsync(InboundMessage inbound, CancellationToken cancellationToken)
    {
        if (InboundMessageChanges.SenderOf(inbound) is not { } waId)
        {
            log.LogWarning("Inbound message {Id} has no sender id; skipped", inbound.Id);
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.UseRedoableWritesAsync(cancellationToken); // the webhook stays unprocessed until this is done
        var now = time.GetUtcNow();
        var contact = InboundMessageChanges.UpsertContact(db, await db.Contacts.FirstOrDefaultAsync(c => c.WaId == waId, cancellationToken), waId, inbound, now);
        var conversation = await db.Conversations
            .Where(c => c.Contact.WaId == waId && c.Status != ConversationStatus.Resolved)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        conversation = InboundMessageChanges.OpenConversation(db, conversation, contact, inbound, now);
        InboundMessageChanges.AddMessage(db, conversation, inbound, now);

        var live = notifier.Track(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await live.PublishAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same webhook again (Meta redelivers): the message is already stored, which is success.
            if (!await IsDuplicateAsync(inbound.Id, cancellationToken)) throw;
        }
    }

    private async Task<bool> IsDuplicateAsync(string waMessageId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Messages.AnyAsync(m => m.WaMessageId == waMessageId, cancellationToken);
    }
}
