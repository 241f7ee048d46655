namespace Wasel.Inbox.Compose;

/// <summary>Canned responses matching what follows "/": shortcuts starting with it first, then any containing it in shortcut or text.</summary>
public static class CannedFilter
{
    public static IEnumerable<CannedResponse> Match(IEnumerable<CannedResponse> all, string typed)
    {
        var term = typed.Trim();
        if (term.Length == 0) return all;
        return all
            .Select(c => (c, rank: c.Shortcut.StartsWith(term, StringComparison.OrdinalIgnoreCase) ? 0
                : c.Shortcut.Contains(term, StringComparison.OrdinalIgnoreCase) ? 1
                : c.Text.Contains(term, StringComparison.OrdinalIgnoreCase) ? 2 : 3))
            .Where(x => x.rank < 3).OrderBy(x => x.rank).ThenBy(x => x.c.Shortcut, StringComparer.OrdinalIgnoreCase).Select(x => x.c);
    }
}
