using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Inbox;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Conversations;

/// <param name="SnoozeUntil">Required for <see cref="ConversationStatus.Snoozed"/>: when it comes back.</param>
public sealed record SetConversationStatusRequest(long ConversationId, ConversationStatus Status, DateTimeOffset? SnoozeUntil = null);

/// <summary>Resolve, reopen, snooze until a time, or mark pending.</summary>
public sealed class SetConversationStatus(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, InboxNotifier notifier)
{
    public async Task<Result<Conversation>> HandleAsync(Staff staff, SetConversationStatusRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (conversation, problem) = await ConversationActions.FindVisibleAsync(db, staff, request.ConversationId, cancellationToken);
        if (conversation is null) return problem!;

        var now = time.GetUtcNow();
        if (request.Status == ConversationStatus.Snoozed && (request.SnoozeUntil is not { } until || until <= now))
            return new Dictionary<string, string[]> { ["snooze_until"] = ["Choose a time in the future to snooze until."] };
        if (conversation.Status == request.Status && request.Status != ConversationStatus.Snoozed) return conversation;

        var wasResolved = conversation.Status == ConversationStatus.Resolved;
        conversation.Status = request.Status;
        conversation.SnoozedUntil = request.Status == ConversationStatus.Snoozed ? request.SnoozeUntil : null;
        conversation.ResolvedAt = request.Status == ConversationStatus.Resolved ? now : conversation.ResolvedAt;
        conversation.UpdatedAt = now;
        var (kind, data) = request.Status switch
        {
            ConversationStatus.Resolved => ("resolved", null),
            ConversationStatus.Snoozed => ("snoozed", new JsonObject { ["until"] = request.SnoozeUntil!.Value.ToString("O", CultureInfo.InvariantCulture) }),
            ConversationStatus.Open when wasResolved => ("reopened", null),
            _ => ("status", new JsonObject { ["status"] = request.Status.ToString().ToLowerInvariant() }),
        };
        ConversationActions.Record(db, conversation, kind, staff, data, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (wasResolved)
        {
            // One unresolved conversation per contact (a unique index): the customer has written again since.
            return Problem.Conflict("The contact has a newer conversation",
                "This customer already has an open conversation; continue there instead of reopening this one.");
        }
        ConversationActions.Publish(notifier, conversation, InboxChangeKind.Conversation, staff);
        return conversation;
    }
}
