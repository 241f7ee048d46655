using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Platform.Data;
using Wasel.WhatsApp.Webhooks;
using DeliveryState = Wasel.Conversations.DeliveryState;
using Message = Wasel.Conversations.Message;

namespace Wasel.Messaging;

/// <summary>
/// What a customer's message changes, shared by the one-message path (<see cref="RecordInboundMessage"/>) and the
/// batch path (<see cref="WebhookBatch"/>) so both record a message exactly alike.
/// </summary>
internal static class InboundMessageChanges
{
    public static readonly TimeSpan ServiceWindow = TimeSpan.FromHours(24);

    /// <summary>The sender's WhatsApp id, or null when the message names none.</summary>
    public static string? SenderOf(InboundMessage inbound) =>
        !string.IsNullOrEmpty(inbound.From) ? inbound.From : string.IsNullOrEmpty(inbound.FromUserId) ? null : inbound.FromUserId;

    /// <summary>Returns the contact to use: the given one (its name filled in if still unknown) or a new one added to the context.</summary>
    public static Contact UpsertContact(WaselDb db, Contact? contact, string waId, InboundMessage inbound, DateTimeOffset now)
    {
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
        return contact;
    }

    /// <summary>
    /// Returns the contact's unresolved conversation (reopened if snoozed or pending) or a new open one added to the
    /// context, with its last-message times and service window extended by this message.
    /// </summary>
    public static Conversation OpenConversation(WaselDb db, Conversation? conversation, Contact contact, InboundMessage inbound, DateTimeOffset now)
    {
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

        var sentAt = SentAt(inbound, now);
        conversation.LastMessageAt = Max(conversation.LastMessageAt, sentAt);
        conversation.LastInboundAt = Max(conversation.LastInboundAt ?? sentAt, sentAt);
        conversation.WindowExpiresAt = Max(conversation.WindowExpiresAt ?? sentAt + ServiceWindow, sentAt + ServiceWindow);
        conversation.UpdatedAt = now;
        return conversation;
    }

    public static Message AddMessage(WaselDb db, Conversation conversation, InboundMessage inbound, DateTimeOffset now)
    {
        var message = new Message
        {
            Conversation = conversation,
            Direction = MessageDirection.Inbound,
            Type = inbound.Kind == InboundMessageKind.Unknown ? "unsupported" : inbound.Type,
            Content = inbound.RawJson,
            WaMessageId = inbound.Id,
            ReplyToWaMessageId = inbound.Context?.Id,
            State = DeliveryState.Received,
            CreatedAt = SentAt(inbound, now),
        };
        db.Messages.Add(message);
        conversation.UnreadCount++; // until an agent opens the conversation
        return message;
    }

    private static DateTimeOffset SentAt(InboundMessage inbound, DateTimeOffset now) => inbound.Timestamp == default ? now : inbound.Timestamp;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
