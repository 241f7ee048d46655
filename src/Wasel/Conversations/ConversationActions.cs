using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Inbox;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Conversations;

/// <summary>What every conversation action shares: find the conversation through the access rule, record the event, tell the inbox.</summary>
internal static class ConversationActions
{
    /// <summary>The conversation if the person may see it; otherwise the same "not found" as for a missing one, so ids reveal nothing.</summary>
    public static async Task<(Conversation? Conversation, Problem? Problem)> FindVisibleAsync(WaselDb db, Staff staff, long id, CancellationToken ct)
    {
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (conversation is null || !staff.CanSee(conversation.TeamId, conversation.AssigneeId))
            return (null, Problem.NotFound("Conversation", $"There is no conversation {id} that you can see."));
        return (conversation, null);
    }

    public static ConversationEvent Record(WaselDb db, Conversation conversation, string kind, Staff staff, JsonObject? data, DateTimeOffset now)
    {
        var e = new ConversationEvent { ConversationId = conversation.Id, Kind = kind, ActorId = staff.Id, Data = data?.ToJsonString(), At = now };
        db.ConversationEvents.Add(e);
        return e;
    }

    public static void Publish(InboxNotifier notifier, Conversation conversation, InboxChangeKind kind, Staff staff) =>
        notifier.Publish(new InboxChange(kind, conversation.Id, conversation.TeamId, conversation.AssigneeId, ActorId: staff.Id));
}
