using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;

namespace Wasel.Inbox.Settings;

public sealed record CannedResponseDto(long Id, string Shortcut, string Text, string? Language);

/// <summary>
/// The compose box's "/" lookup, open to every agent: canned responses whose shortcut starts with
/// <c>prefix</c> (without the "/", any case; empty for all), for the conversation's <c>language</c> ("en", "ar", or
/// null for every language) plus those written for any language. Ordered by shortcut, at most <see cref="Limit"/>.
/// </summary>
public sealed class FindCannedResponses(IDbContextFactory<WaselDb> dbFactory)
{
    public const int Limit = 20;

    public async Task<IReadOnlyList<CannedResponseDto>> HandleAsync(string? prefix, string? language, CancellationToken cancellationToken)
    {
        var start = CannedResponseRules.Normalize(prefix?.TrimStart('/') ?? "");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.CannedResponses.AsNoTracking();
        if (start.Length > 0) query = query.Where(c => c.Shortcut.StartsWith(start));
        if (!string.IsNullOrEmpty(language)) query = query.Where(c => c.Language == null || c.Language == language);
        return await query.OrderBy(c => c.Shortcut).Take(Limit)
            .Select(c => new CannedResponseDto(c.Id, c.Shortcut, c.Text, c.Language)).ToListAsync(cancellationToken);
    }
}
