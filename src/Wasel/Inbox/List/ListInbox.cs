using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Conversations;
using Wasel.Platform.Data;

namespace Wasel.Inbox.List;

public enum InboxTab { Mine, Unassigned, MyTeams, All }

public enum InboxSort
{
    /// <summary>Latest activity first.</summary>
    LastActivity,
    /// <summary>Longest-waiting customer first (oldest last customer message).</summary>
    Waiting,
}

/// <summary>Where the previous page ended: its last row's sort time and id.</summary>
public sealed record InboxCursor(DateTimeOffset At, long Id);

public sealed record InboxQuery(
    InboxTab Tab,
    ConversationStatus? Status = ConversationStatus.Open,
    string? Search = null,
    InboxSort Sort = InboxSort.LastActivity,
    int Limit = 30,
    InboxCursor? After = null);

public sealed record InboxRow(
    long Id,
    string? ContactName,
    string WaId,
    ConversationStatus Status,
    string? AssigneeId,
    long? TeamId,
    int UnreadCount,
    DateTimeOffset LastMessageAt,
    DateTimeOffset? LastInboundAt,
    DateTimeOffset? SnoozedUntil,
    string? LastType,
    string? LastContent,
    MessageDirection? LastDirection)
{
    /// <summary>The customer wrote last, so they wait for an answer.</summary>
    public bool CustomerWaiting => LastDirection == MessageDirection.Inbound && LastInboundAt is not null;
}

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, InboxCursor? Next);

/// <summary>
/// One page of a conversation list, through the access rule, keyset-paged on an indexed sort key
/// (LastMessageAt or LastInboundAt, then Id) so that the hundredth page costs what the first does.
/// </summary>
public sealed class ListInbox(IDbContextFactory<WaselDb> dbFactory)
{
    public const int MaxLimit = 100;

    public async Task<InboxPage> HandleAsync(Staff staff, InboxQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var conversations = db.Conversations.AsNoTracking().VisibleTo(staff);
        var teams = staff.TeamIds.ToList();
        conversations = query.Tab switch
        {
            InboxTab.Mine => conversations.Where(c => c.AssigneeId == staff.Id),
            InboxTab.Unassigned => conversations.Where(c => c.AssigneeId == null),
            InboxTab.MyTeams => conversations.Where(c => c.TeamId != null && teams.Contains(c.TeamId.Value)),
            // "All" is everything the person may see; only supervisors and admins get the tab, agents get their own view.
            _ => staff.IsAdmin || staff.IsSupervisor ? conversations : conversations.Where(c => c.AssigneeId == staff.Id),
        };
        if (query.Status is { } status) conversations = conversations.Where(c => c.Status == status);
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        // A search runs one page query per way of matching (name or number, message text) and merges them: each alone
        // lets PostgreSQL pick its plan by how common the term is (walk the sort index and stop after a page when it is
        // everywhere, start from the trigram index when it is rare), which one OR across both would not.
        var found = new List<ListedConversation>();
        foreach (var matching in InboxSearch.Matching(db, conversations, query.Search))
            found.AddRange(await PageAsync(matching, query, limit, cancellationToken));
        var rows = (query.Sort == InboxSort.Waiting
                ? found.DistinctBy(r => r.Id).OrderBy(r => r.LastInboundAt).ThenBy(r => r.Id)
                : found.DistinctBy(r => r.Id).OrderByDescending(r => r.LastMessageAt).ThenByDescending(r => r.Id))
            .Take(limit + 1).ToList();

        // The page's last messages in two small indexed queries: asking for them inside the page query made EF number
        // every message of every conversation (ROW_NUMBER over the whole table) before taking one page.
        var ids = rows.Select(r => r.Id).ToList();
        var lastIds = await db.Messages.Where(m => ids.Contains(m.ConversationId)).GroupBy(m => m.ConversationId)
            .Select(g => g.Max(m => m.Id)).ToListAsync(cancellationToken);
        var lastMessages = await db.Messages.Where(m => lastIds.Contains(m.Id))
            .Select(m => new { m.ConversationId, m.Type, m.Content, m.Direction }).ToDictionaryAsync(m => m.ConversationId, cancellationToken);

        var items = rows.Take(limit).Select(r =>
        {
            var last = lastMessages.GetValueOrDefault(r.Id);
            return new InboxRow(r.Id, r.Name, r.WaId, r.Status, r.AssigneeId, r.TeamId, r.UnreadCount,
                r.LastMessageAt, r.LastInboundAt, r.SnoozedUntil, last?.Type, last?.Content, last?.Direction);
        }).ToList();
        InboxCursor? next = null;
        if (rows.Count > limit)
        {
            var last = items[^1];
            next = new InboxCursor(query.Sort == InboxSort.Waiting ? last.LastInboundAt!.Value : last.LastMessageAt, last.Id);
        }
        return new InboxPage(items, next);
    }

    /// <summary>The first limit + 1 rows after the cursor in the sort order: one more than a page tells whether another follows.</summary>
    private static Task<List<ListedConversation>> PageAsync(IQueryable<Conversation> conversations, InboxQuery query, int limit, CancellationToken cancellationToken)
    {
        IQueryable<Conversation> ordered;
        if (query.Sort == InboxSort.Waiting)
        {
            conversations = conversations.Where(c => c.LastInboundAt != null);
            if (query.After is { } after)
                conversations = conversations.Where(c => c.LastInboundAt > after.At || (c.LastInboundAt == after.At && c.Id > after.Id));
            ordered = conversations.OrderBy(c => c.LastInboundAt).ThenBy(c => c.Id);
        }
        else
        {
            if (query.After is { } after)
                conversations = conversations.Where(c => c.LastMessageAt < after.At || (c.LastMessageAt == after.At && c.Id < after.Id));
            ordered = conversations.OrderByDescending(c => c.LastMessageAt).ThenByDescending(c => c.Id);
        }
        return ordered.Take(limit + 1).Select(c => new ListedConversation(
            c.Id, c.Contact.Name, c.Contact.WaId, c.Status, c.AssigneeId, c.TeamId, c.UnreadCount, c.LastMessageAt, c.LastInboundAt, c.SnoozedUntil))
            .ToListAsync(cancellationToken);
    }

    private sealed record ListedConversation(long Id, string? Name, string WaId, ConversationStatus Status, string? AssigneeId, long? TeamId,
        int UnreadCount, DateTimeOffset LastMessageAt, DateTimeOffset? LastInboundAt, DateTimeOffset? SnoozedUntil);
}
