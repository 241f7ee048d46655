using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;

namespace Wasel.Contacts;

public sealed record ContactPage(IReadOnlyList<ContactDto> Items, string? NextCursor);

/// <summary>Reads contacts: one by number, or a page of those matching a name or number fragment and a tag.</summary>
public sealed class FindContacts(WaselDb db)
{
    public async Task<ContactDto?> ByNumberAsync(string number, CancellationToken cancellationToken)
    {
        var waId = WhatsAppNumber.TryParse(number, out _)?.WaId ?? number;
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.WaId == waId, cancellationToken);
        return contact?.ToDto();
    }

    /// <summary>Newest first by id; <paramref name="cursor"/> is the last id of the previous page.</summary>
    public async Task<ContactPage> SearchAsync(string? search, string? tag, int limit, long? cursor, CancellationToken cancellationToken)
    {
        var query = db.Contacts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var digits = new string(term.Where(char.IsAsciiDigit).ToArray());
            query = digits.Length >= 3 && digits.Length == term.TrimStart('+').Replace(" ", "").Length
                ? query.Where(c => c.WaId.Contains(digits))
                : query.Where(c => c.Name != null && c.Name.ToLower().Contains(term.ToLower()));
        }
        if (!string.IsNullOrWhiteSpace(tag)) query = query.Where(c => c.Tags.Contains(tag));
        if (cursor is not null) query = query.Where(c => c.Id < cursor);
        var page = await query.OrderByDescending(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(c => c.ToDto()).ToList();
        return new ContactPage(items, page.Count > limit ? items[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
    }
}
