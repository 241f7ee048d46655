using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;

namespace Wasel.Inbox.Live;

/// <summary>Who may see a conversation (its team and assignee), for changes whose publisher did not load it.</summary>
public sealed class ConversationAudience(IDbContextFactory<WaselDb> dbFactory)
{
    public readonly record struct Of(long? TeamId, string? AssigneeId);

    public async Task<Of?> FindAsync(long conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
            .Select(c => new { c.TeamId, c.AssigneeId }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new Of(found.TeamId, found.AssigneeId);
    }
}
