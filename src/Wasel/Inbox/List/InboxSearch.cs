using Microsoft.EntityFrameworkCore;
using Wasel.Conversations;
using Wasel.Platform.Data;

namespace Wasel.Inbox.List;

/// <summary>
/// The conversations a search term finds: by contact name, by number, or by the words of any of their messages
/// (<see cref="Message.Text"/>, never the JSON, so key names like "body" or "type" find nothing).
/// </summary>
internal static class InboxSearch
{
    /// <summary>Message text is searched from this many characters; shorter terms find names and numbers only.</summary>
    public const int MinTextLength = 3;
    private const int MaxLength = 100;

    /// <summary>The conversations the term finds, one query per way of matching (all of them when there is no term).</summary>
    public static IReadOnlyList<IQueryable<Conversation>> Matching(WaselDb db, IQueryable<Conversation> conversations, string? search)
    {
        var term = search?.Trim();
        if (string.IsNullOrEmpty(term)) return [conversations];
        if (term.Length > MaxLength) term = term[..MaxLength];
        var words = $"%{Like(term)}%";
        // "+966 50 123" finds 96650123…: numbers are stored as digits only.
        var digits = new string(term.Where(char.IsAsciiDigit).ToArray());
        var number = digits.Length >= MinTextLength && term.All(ch => char.IsAsciiDigit(ch) || ch is '+' or ' ' or '-') ? $"%{digits}%" : words;

        // PostgreSQL: ILIKE, which the trigram indexes serve; SQLite's LIKE already ignores ASCII case.
        var postgres = db is PostgresWaselDb;
        var contacts = postgres
            ? db.Contacts.Where(ct => EF.Functions.ILike(ct.Name!, words, "\\") || EF.Functions.Like(ct.WaId, number, "\\"))
            : db.Contacts.Where(ct => EF.Functions.Like(ct.Name!, words, "\\") || EF.Functions.Like(ct.WaId, number, "\\"));
        var contactIds = contacts.Select(ct => ct.Id);
        var byContact = conversations.Where(c => contactIds.Contains(c.ContactId));
        // Trigrams need three characters: a shorter term would read every message, and would match most of them anyway.
        if (term.Length < MinTextLength) return [byContact];

        var messages = postgres
            ? db.Messages.Where(m => EF.Functions.ILike(m.Text!, words, "\\"))
            : db.Messages.Where(m => EF.Functions.Like(m.Text!, words, "\\"));
        var byText = conversations.Where(c => messages.Any(m => m.ConversationId == c.Id));
        return [byContact, byText];
    }

    private static string Like(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
