using Microsoft.EntityFrameworkCore;
using Wasel.Conversations;
using Message = Wasel.Conversations.Message;

namespace Wasel.Inbox.Live;

/// <summary>
/// The messages and conversations a context was about to save, taken before SaveChanges (which forgets what changed)
/// and published after the commit, when new rows have their ids. The team and assignee come from the conversations
/// the context already tracks; the few it does not (a status names only its message) are read in one query.
/// </summary>
public sealed class TrackedChanges
{
    private readonly DbContext db;
    private readonly InboxNotifier notifier;
    private readonly List<(Message Message, InboxChangeKind Kind)> messages;
    private readonly List<Conversation> conversations;

    private TrackedChanges(DbContext db, InboxNotifier notifier, List<(Message, InboxChangeKind)> messages, List<Conversation> conversations)
    {
        this.db = db;
        this.notifier = notifier;
        this.messages = messages;
        this.conversations = conversations;
    }

    internal static TrackedChanges Of(DbContext db, InboxNotifier notifier)
    {
        db.ChangeTracker.DetectChanges();
        var messages = db.ChangeTracker.Entries<Message>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => (e.Entity, e.State == EntityState.Added ? InboxChangeKind.Message : InboxChangeKind.Status)).ToList();
        var conversations = db.ChangeTracker.Entries<Conversation>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity).ToList();
        return new TrackedChanges(db, notifier, messages, conversations);
    }

    /// <summary>Call after the commit. Never throws: the change is stored, and screens catch up on the next one.</summary>
    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        if (messages.Count == 0 && conversations.Count == 0) return;
        try
        {
            var audiences = db.ChangeTracker.Entries<Conversation>()
                .ToDictionary(e => e.Entity.Id, e => new ConversationAudience.Of(e.Entity.TeamId, e.Entity.AssigneeId));
            var missing = messages.Select(m => m.Message.ConversationId).Where(id => !audiences.ContainsKey(id)).Distinct().ToList();
            if (missing.Count > 0)
                foreach (var c in await db.Set<Conversation>().AsNoTracking().Where(c => missing.Contains(c.Id))
                             .Select(c => new { c.Id, c.TeamId, c.AssigneeId }).ToListAsync(cancellationToken))
                    audiences[c.Id] = new ConversationAudience.Of(c.TeamId, c.AssigneeId);

            foreach (var (message, kind) in messages)
                if (audiences.TryGetValue(message.ConversationId, out var known))
                    notifier.Publish(new InboxChange(kind, message.ConversationId, known.TeamId, known.AssigneeId, message.Id, kind == InboxChangeKind.Message ? message.AuthorId : null));
            var withMessages = messages.Select(m => m.Message.ConversationId).ToHashSet();
            foreach (var conversation in conversations.Where(c => !withMessages.Contains(c.Id)))
                notifier.Publish(new InboxChange(InboxChangeKind.Conversation, conversation.Id, conversation.TeamId, conversation.AssigneeId));
        }
        catch (Exception e)
        {
            if (!cancellationToken.IsCancellationRequested) notifier.Log.LogWarning(e, "Could not publish inbox changes after a commit");
        }
    }
}
