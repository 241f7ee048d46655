using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Inbox;
using Wasel.Platform.Data;

namespace Wasel.Conversations;

/// <summary>An agent opened the conversation: its customer messages are no longer unread.</summary>
public sealed class MarkConversationRead(IDbContextFactory<WaselDb> dbFactory, InboxNotifier notifier)
{
    public async Task<bool> HandleAsync(Staff staff, long conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (conversation, _) = await ConversationActions.FindVisibleAsync(db, staff, conversationId, cancellationToken);
        if (conversation is null || conversation.UnreadCount == 0) return false;
        // Set-based, so that a message counted meanwhile by the webhook processor is not lost to a stale write.
        var changed = await db.Conversations.Where(c => c.Id == conversationId && c.UnreadCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UnreadCount, 0), cancellationToken);
        if (changed > 0) ConversationActions.Publish(notifier, conversation, InboxChangeKind.Conversation, staff);
        return changed > 0;
    }
}
