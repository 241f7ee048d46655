using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Conversations;
using Wasel.Media;
using Wasel.Messaging;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Inbox.Compose;

/// <summary>What became of a send or upload: the result, or a message to show the agent.</summary>
public sealed record SendOutcome<T>(T? Value, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Sends from the inbox through the same use cases as the API (<see cref="SendMessage"/>, <see cref="UploadMedia"/>),
/// as the signed-in agent, after the access rule; each in its own scope, as a circuit outlives many sends.
/// </summary>
public sealed class InboxSender(IServiceScopeFactory scopes, IDbContextFactory<WaselDb> dbFactory, InboxNotifier notifier)
{
    public async Task<SendOutcome<MessageDto>> SendAsync(Staff staff, long conversationId, JsonObject message, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var owner = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
                .Select(c => new { c.TeamId, c.AssigneeId }).FirstOrDefaultAsync(cancellationToken);
            if (owner is null || !staff.CanSee(owner.TeamId, owner.AssigneeId))
                return new(null, $"There is no conversation {conversationId} that you can see.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var send = scope.ServiceProvider.GetRequiredService<SendMessage>();
        var result = await send.HandleAsync(new SendMessageRequest(conversationId, message, staff.Id, "inbox:" + Guid.NewGuid().ToString("N")), cancellationToken);
        if (!result.Succeeded) return new(null, Describe(result.Errors, result.Problem));

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var owner = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
                .Select(c => new { c.TeamId, c.AssigneeId }).FirstAsync(cancellationToken);
            notifier.Publish(new InboxChange(InboxChangeKind.Message, conversationId, owner.TeamId, owner.AssigneeId, result.Value!.Id, staff.Id));
        }
        return new(result.Value, null);
    }

    public async Task<SendOutcome<UploadedMediaDto>> UploadAsync(byte[] content, string? mimeType, string? fileName, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var upload = scope.ServiceProvider.GetRequiredService<UploadMedia>();
        var result = await upload.HandleAsync(content, mimeType, fileName, null, cancellationToken);
        return result.Succeeded ? new(result.Value, null) : new(null, Describe(result.Errors, result.Problem));
    }

    /// <summary>The use case's own words: field errors say how to fix them, problems say what happened.</summary>
    public static string Describe(IDictionary<string, string[]>? errors, Problem? problem) =>
        problem is not null
            ? $"{problem.Title}. {problem.Detail}"
            : string.Join(" ", (errors ?? new Dictionary<string, string[]>()).SelectMany(e => e.Value));
}
