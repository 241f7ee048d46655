using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Platform.Data;

namespace Wasel.Inbox.Chat;

public sealed record PastConversation(long Id, ConversationStatus Status, DateTimeOffset CreatedAt, DateTimeOffset LastMessageAt);

/// <summary>Everything the chat view and contact panel show of one conversation.</summary>
public sealed record ConversationView(
    Conversation Conversation,
    Contact Contact,
    IReadOnlyList<Label> Labels,
    IReadOnlyList<Message> Messages,
    IReadOnlyList<ConversationEvent> Events,
    bool HasEarlier,
    IReadOnlyList<PastConversation> Past,
    IReadOnlyDictionary<string, string> People,
    string? TeamName);

/// <summary>
/// Reads a conversation the person may see: its latest messages (older ones page in by id), the events among them
/// (notes, assignments, status changes), labels, contact and the contact's other conversations. Null when the
/// conversation does not exist or is not theirs to see.
/// </summary>
public sealed class ReadConversation(IDbContextFactory<WaselDb> dbFactory)
{
    public const int PageSize = 100;

    public async Task<ConversationView?> HandleAsync(Staff staff, long conversationId, int messages = PageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var conversation = await db.Conversations.AsNoTracking().Include(c => c.Contact)
            .FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null || !staff.CanSee(conversation.TeamId, conversation.AssigneeId)) return null;

        var page = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId)
            .OrderByDescending(m => m.Id).Take(messages + 1).ToListAsync(cancellationToken);
        var hasEarlier = page.Count > messages;
        var shown = page.Take(messages).Reverse().ToList();
        var events = db.ConversationEvents.AsNoTracking().Where(e => e.ConversationId == conversationId);
        if (hasEarlier && shown.Count > 0)
        {
            var from = shown[0].CreatedAt;
            events = events.Where(e => e.At >= from);
        }
        var eventList = (await events.OrderBy(e => e.Id).Take(1000).ToListAsync(cancellationToken));

        var labels = await db.ConversationLabels.AsNoTracking().Where(l => l.ConversationId == conversationId)
            .Select(l => l.Label!).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        var past = await db.Conversations.AsNoTracking().VisibleTo(staff)
            .Where(c => c.ContactId == conversation.ContactId && c.Id != conversationId)
            .OrderByDescending(c => c.Id).Take(20)
            .Select(c => new PastConversation(c.Id, c.Status, c.CreatedAt, c.LastMessageAt)).ToListAsync(cancellationToken);

        var ids = shown.Select(m => m.AuthorId).Concat(eventList.Select(e => e.ActorId)).Append(conversation.AssigneeId)
            .OfType<string>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.DisplayName, cancellationToken);
        var team = conversation.TeamId is { } teamId
            ? await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ConversationView(conversation, conversation.Contact, labels, shown, eventList, hasEarlier, past, people, team);
    }
}
