using Microsoft.EntityFrameworkCore;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Platform.Data;
using Wasel.WhatsApp.Webhooks;
using DeliveryState = Wasel.Conversations.DeliveryState;
using Message = Wasel.Conversations.Message;

namespace Wasel.Messaging;

/// <summary>
/// A customer's message: upserts the contact, opens (or reopens) their conversation, stores the message once
/// (the unique wamid index decides), and extends the 24-hour customer-service window.
/// </summary>
public sealed class RecordInboundMessage(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, ILogger<RecordInboundMessage> log)
{
    public static readonly TimeSpan ServiceWindow = TimeSpan.FromHours(24);

    public async Task HandleAsync(InboundMessage inbound, CancellationToken cancellationToken)
    {
        var waId = !string.IsNullOrEmpty(inbound.From) ? inbound.From : inbound.FromUserId;
        if (string.IsNullOrEmpty(waId))
        {
            log.LogWarning("Inbound message {Id} has no sender id; skipped", inbound.Id);
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.UseRedoableWritesAsync(cancellationToken); // the webhook stays unprocessed until this is done
        var now = time.GetUtcNow();
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.WaId == waId, cancellationToken);
        if (contact is null)
        {
            contact = new Contact
            {
                WaId = waId,
                PhoneE164 = WhatsAppNumber.TryParse(waId, out _)?.E164 ?? "+" + waId,
                Name = inbound.Contact?.Profile?.Name,
                Source = inbound.Referral is { } referral ? $"ad:{referral.SourceId ?? referral.SourceUrl}" : "whatsapp",
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Contacts.Add(contact);
        }
        else if (contact.Name is null && inbound.Contact?.Profile?.Name is { } name)
        {
            contact.Name = name;
            contact.UpdatedAt = now;
        }

        var conversation = await db.Conversations
            .Where(c => c.Contact.WaId == waId && c.Status != ConversationStatus.Resolved)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (conversation is null)
        {
            conversation = new Conversation { Contact = contact, Status = ConversationStatus.Open, CreatedAt = now, LastMessageAt = inbound.Timestamp };
            db.Conversations.Add(conversation);
            db.ConversationEvents.Add(new ConversationEvent { Conversation = conversation, Kind = "created", At = now });
        }
        else if (conversation.Status is ConversationStatus.Snoozed or ConversationStatus.Pending)
        {
            conversation.Status = ConversationStatus.Open;
            conversation.SnoozedUntil = null;
        }

        var sentAt = inbound.Timestamp == default ? now : inbound.Timestamp;
        conversation.LastMessageAt = Max(conversation.LastMessageAt, sentAt);
        conversation.LastInboundAt = Max(conversation.LastInboundAt ?? sentAt, sentAt);
        conversation.WindowExpiresAt = Max(conversation.WindowExpiresAt ?? sentAt + ServiceWindow, sentAt + ServiceWindow);
        conversation.UpdatedAt = now;

        db.Messages.Add(new Message
        {
            Conversation = conversation,
            Direction = MessageDirection.Inbound,
            Type = inbound.Kind == InboundMessageKind.Unknown ? "unsupported" : inbound.Type,
            Content = inbound.RawJson,
            WaMessageId = inbound.Id,
            ReplyToWaMessageId = inbound.Context?.Id,
            State = DeliveryState.Received,
            CreatedAt = sentAt,
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
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

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
