using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Inbox;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Conversations;

/// <summary>
/// Who serves the conversation: an agent (null to unassign) and a team (null for the general queue). Assigning to
/// oneself, to another agent and transferring to a team are all this one change.
/// </summary>
public sealed record AssignConversationRequest(long ConversationId, string? AssigneeId, long? TeamId);

public sealed class AssignConversation(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, InboxNotifier notifier)
{
    public async Task<Result<Conversation>> HandleAsync(Staff staff, AssignConversationRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (conversation, problem) = await ConversationActions.FindVisibleAsync(db, staff, request.ConversationId, cancellationToken);
        if (conversation is null) return problem!;

        var errors = new Dictionary<string, string[]>();
        if (request.AssigneeId is { } agentId && !await db.Users.AnyAsync(a => a.Id == agentId && !a.Disabled, cancellationToken))
            errors["assignee"] = ["Choose an active agent from the list; this one does not exist or is disabled."];
        if (request.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
            errors["team"] = ["Choose a team from the list; this one does not exist."];
        if (errors.Count > 0) return errors;
        if (conversation.AssigneeId == request.AssigneeId && conversation.TeamId == request.TeamId) return conversation;

        // Those who saw it before the change must hear of it too (it may leave their list).
        var before = new InboxChange(InboxChangeKind.Conversation, conversation.Id, conversation.TeamId, conversation.AssigneeId, ActorId: staff.Id);
        var now = time.GetUtcNow();
        conversation.AssigneeId = request.AssigneeId;
        conversation.TeamId = request.TeamId;
        conversation.UpdatedAt = now;
        ConversationActions.Record(db, conversation, "assigned", staff,
            new JsonObject { ["assignee"] = request.AssigneeId, ["team"] = request.TeamId }, now);
        await db.SaveChangesAsync(cancellationToken);

        notifier.Publish(before);
        ConversationActions.Publish(notifier, conversation, InboxChangeKind.Conversation, staff);
        return conversation;
    }
}
