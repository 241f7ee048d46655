using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;

namespace Wasel.Conversations;

public sealed record ConversationFilter(
    ConversationStatus? Status = null,
    string? AssigneeId = null,
    string? ContactWaId = null,
    DateTimeOffset? UpdatedSince = null,
    int Limit = 50,
    string? Cursor = null);

public sealed record ConversationPage(IReadOnlyList<ConversationDto> Items, string? NextCursor);

public sealed record MessagePage(IReadOnlyList<MessageDto> Items, long? NextBefore);

/// <summary>Reads conversations (newest activity first, keyset-paged) and their messages (newest first).</summary>
public sealed class FindConversations(WaselDb db)
{
    public async Task<ConversationPage> ListAsync(ConversationFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Conversations.AsNoTracking().Include(c => c.Contact).AsQueryable();
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (filter.AssigneeId is { } assignee) query = assignee == "none" ? query.Where(c => c.AssigneeId == null) : query.Where(c => c.AssigneeId == assignee);
        if (filter.ContactWaId is { } waId) query = query.Where(c => c.Contact.WaId == waId);
        if (filter.UpdatedSince is { } since) query = query.Where(c => c.UpdatedAt >= since);
        if (Cursor.TryParse(filter.Cursor) is var (at, id) && id > 0)
            query = query.Where(c => c.LastMessageAt < at || (c.LastMessageAt == at && c.Id < id));

        var page = await query.OrderByDescending(c => c.LastMessageAt).ThenByDescending(c => c.Id).Take(filter.Limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(filter.Limit).Select(c => c.ToDto()).ToList();
        return new ConversationPage(items, page.Count > filter.Limit ? Cursor.Format(items[^1].LastMessageAt, items[^1].Id) : null);
    }

    public async Task<ConversationDto?> ByIdAsync(long id, CancellationToken cancellationToken) =>
        (await db.Conversations.AsNoTracking().Include(c => c.Contact).FirstOrDefaultAsync(c => c.Id == id, cancellationToken))?.ToDto();

    public async Task<MessagePage?> MessagesAsync(long conversationId, int limit, long? before, CancellationToken cancellationToken)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == conversationId, cancellationToken)) return null;
        var query = db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId);
        if (before is { } b) query = query.Where(m => m.Id < b);
        var page = await query.OrderByDescending(m => m.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(m => m.ToDto()).ToList();
        return new MessagePage(items, page.Count > limit ? items[^1].Id : null);
    }

    public static bool IsValidCursor(string? cursor) => cursor is null || Cursor.TryParse(cursor).Id > 0;

    /// <summary>An opaque cursor: the last item's activity time and id.</summary>
    private static class Cursor
    {
        public static string Format(DateTimeOffset at, long id) =>
            Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{at.UtcTicks}:{id}"));

        public static (DateTimeOffset At, long Id) TryParse(string? cursor)
        {
            try
            {
                var parts = System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(cursor ?? "")).Split(':');
                return (new DateTimeOffset(long.Parse(parts[0], CultureInfo.InvariantCulture), TimeSpan.Zero), long.Parse(parts[1], CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
            {
                return (default, 0);
            }
        }
    }
}
