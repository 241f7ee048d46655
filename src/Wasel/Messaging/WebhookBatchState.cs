using Microsoft.EntityFrameworkCore;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Platform.Data;
using Wasel.WhatsApp.Webhooks;
using Message = Wasel.Conversations.Message;

namespace Wasel.Messaging;

/// <summary>
/// Everything a set of webhook events reads, loaded with one query per kind and kept up to date as the events are
/// applied, so a later event in the set sees what an earlier one recorded.
/// </summary>
internal sealed class WebhookBatchState
{
    public Dictionary<string, Contact> Contacts { get; } = new(StringComparer.Ordinal);
    /// <summary>Each contact's unresolved conversation, by the contact's WhatsApp id.</summary>
    public Dictionary<string, Conversation> Conversations { get; } = new(StringComparer.Ordinal);
    /// <summary>Messages that statuses in the set name by wamid (tracked), plus the inbound ones the set adds.</summary>
    public Dictionary<string, Message> Messages { get; } = new(StringComparer.Ordinal);
    /// <summary>Outbound messages without a wamid yet, by Wasel's id, that statuses name through their callback data.</summary>
    public Dictionary<long, Message> AwaitingWamid { get; } = [];
    /// <summary>Wamids of inbound messages already stored or added by the set.</summary>
    public HashSet<string> StoredWamids { get; } = new(StringComparer.Ordinal);

    public static async Task<WebhookBatchState> LoadAsync(WaselDb db, IReadOnlyList<WebhookEvent> events, CancellationToken cancellationToken)
    {
        var state = new WebhookBatchState();
        var inbound = events.OfType<InboundMessage>().ToList();
        var statuses = events.OfType<MessageStatus>().ToList();

        var waIds = inbound.Select(InboundMessageChanges.SenderOf).OfType<string>().Distinct().ToList();
        if (waIds.Count > 0)
        {
            foreach (var contact in await db.Contacts.Where(c => waIds.Contains(c.WaId)).ToListAsync(cancellationToken))
                state.Contacts[contact.WaId] = contact;
            var open = await db.Conversations.Where(c => waIds.Contains(c.Contact.WaId) && c.Status != ConversationStatus.Resolved)
                .ToListAsync(cancellationToken);
            // The newest unresolved one, as the one-message path picks it (the unique index allows only one anyway).
            foreach (var contact in state.Contacts.Values)
                if (open.Where(c => c.ContactId == contact.Id).MaxBy(c => c.Id) is { } conversation) state.Conversations[contact.WaId] = conversation;
        }

        var inboundWamids = inbound.Select(m => m.Id).Where(id => !string.IsNullOrEmpty(id)).Distinct().ToList();
        if (inboundWamids.Count > 0)
            state.StoredWamids.UnionWith(await db.Messages.Where(m => inboundWamids.Contains(m.WaMessageId!)).Select(m => m.WaMessageId!).ToListAsync(cancellationToken));

        var statusWamids = statuses.Select(s => s.Id).Distinct().ToList();
        if (statusWamids.Count > 0)
            foreach (var message in await db.Messages.Where(m => statusWamids.Contains(m.WaMessageId!)).ToListAsync(cancellationToken))
                state.Messages[message.WaMessageId!] = message;

        var ownIds = statuses.Where(s => !state.Messages.ContainsKey(s.Id))
            .Select(s => RecordMessageStatus.OwnMessageId(s.BizOpaqueCallbackData)).OfType<long>().Distinct().ToList();
        if (ownIds.Count > 0)
            foreach (var message in await db.Messages.Where(m => ownIds.Contains(m.Id) && m.WaMessageId == null).ToListAsync(cancellationToken))
                state.AwaitingWamid[message.Id] = message;
        return state;
    }
}
