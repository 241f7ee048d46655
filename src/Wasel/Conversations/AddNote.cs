using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Inbox;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Conversations;

/// <param name="Mentions">Agent ids mentioned with @ in the text.</param>
public sealed record AddNoteRequest(long ConversationId, string Text, IReadOnlyList<string>? Mentions = null);

/// <summary>An internal note: seen by agents only, never sent to the customer.</summary>
public sealed class AddNote(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, InboxNotifier notifier)
{
    public const int MaxLength = 4096;

    public async Task<Result<ConversationEvent>> HandleAsync(Staff staff, AddNoteRequest request, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0) return new Dictionary<string, string[]> { ["text"] = ["Write the note before adding it."] };
        if (text.Length > MaxLength) return new Dictionary<string, string[]> { ["text"] = [$"Keep a note to {MaxLength} characters or fewer."] };

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (conversation, problem) = await ConversationActions.FindVisibleAsync(db, staff, request.ConversationId, cancellationToken);
        if (conversation is null) return problem!;

        var wanted = (request.Mentions ?? []).Distinct().ToList();
        var mentions = wanted.Count == 0 ? [] : await db.Users.Where(a => wanted.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var data = new JsonObject { ["text"] = text };
        if (mentions.Count > 0) data["mentions"] = new JsonArray([.. mentions.Select(m => (JsonNode)m)]);
        var note = ConversationActions.Record(db, conversation, "note", staff, data, now);
        await db.SaveChangesAsync(cancellationToken);
        ConversationActions.Publish(notifier, conversation, InboxChangeKind.Event, staff);
        return note;
    }
}
