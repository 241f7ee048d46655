using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Inbox;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Conversations;

public sealed record LabelConversationRequest(long ConversationId, long LabelId, bool Add);

/// <summary>Puts a label on a conversation or takes it off.</summary>
public sealed class LabelConversation(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, InboxNotifier notifier)
{
    public async Task<Result<Conversation>> HandleAsync(Staff staff, LabelConversationRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (conversation, problem) = await ConversationActions.FindVisibleAsync(db, staff, request.ConversationId, cancellationToken);
        if (conversation is null) return problem!;
        var label = await db.Labels.AsNoTracking().FirstOrDefaultAsync(l => l.Id == request.LabelId, cancellationToken);
        if (label is null) return new Dictionary<string, string[]> { ["label"] = ["Choose a label from the list; an admin manages labels."] };

        var existing = await db.ConversationLabels.FirstOrDefaultAsync(l => l.ConversationId == conversation.Id && l.LabelId == label.Id, cancellationToken);
        if (request.Add == (existing is not null)) return conversation;
        if (request.Add) db.ConversationLabels.Add(new ConversationLabel { ConversationId = conversation.Id, LabelId = label.Id });
        else db.ConversationLabels.Remove(existing!);

        var now = time.GetUtcNow();
        conversation.UpdatedAt = now;
        ConversationActions.Record(db, conversation, request.Add ? "label_added" : "label_removed", staff,
            new JsonObject { ["label"] = label.Name }, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (request.Add)
        {
            return conversation; // added at the same moment by someone else: the key kept one
        }
        ConversationActions.Publish(notifier, conversation, InboxChangeKind.Conversation, staff);
        return conversation;
    }
}
