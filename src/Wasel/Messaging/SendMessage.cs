using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Inbox;
using Wasel.Platform;
using Wasel.Platform.Data;
using Wasel.Platform.Http;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Validation;
using DeliveryState = Wasel.Conversations.DeliveryState;
using Message = Wasel.Conversations.Message;

namespace Wasel.Messaging;

/// <param name="Message">The message object in the Cloud API's shape, without "to": {"type":"text","text":{"body":"…"}}.</param>
/// <param name="AuthorId">Who sends it: "api:{key name}", an agent's id, "bot".</param>
public sealed record SendMessageRequest(long ConversationId, JsonObject Message, string? AuthorId, string? IdempotencyKey = null);

/// <summary>
/// Sends a message in a conversation: validates it against WhatsApp's limits, enforces the 24-hour window (outside
/// it only templates) and consent, then queues it durably through <see cref="OutboundQueue"/> (message and dispatch
/// row committed together, with the other sends arriving meanwhile). The dispatcher sends it; the result is the
/// queued message.
/// </summary>
public sealed class SendMessage(WaselDb db, TimeProvider time, OutboundQueue queue, InboxNotifier notifier)
{
    public async Task<Result<MessageDto>> HandleAsync(SendMessageRequest request, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(request, cancellationToken);
        return prepared.Value is { } send ? await QueueAsync(send) : Pass(prepared);
    }

    /// <summary>
    /// Sends several messages: each is checked on its own, then all that passed are queued together, so that they share
    /// one commit. Each item gets its own outcome, in the order given.
    /// </summary>
    public async Task<Result<MessageDto>[]> HandleAsync(IReadOnlyList<SendMessageRequest> requests, CancellationToken cancellationToken)
    {
        // One after another: they share this scope's context. The queue then takes them all at once.
        var prepared = new Result<Prepared>[requests.Count];
        for (var i = 0; i < requests.Count; i++) prepared[i] = await PrepareAsync(requests[i], cancellationToken);
        return await Task.WhenAll(prepared.Select(p => p.Value is { } send ? QueueAsync(send) : Task.FromResult(Pass(p))));
    }

    /// <summary>A checked send: a new message to queue, or the one stored earlier under the same Idempotency-Key.</summary>
    private sealed record Prepared(Message? Message, MessageDto? Earlier, Target? Conversation);

    private static Result<MessageDto> Pass(Result<Prepared> failed) =>
        failed.Errors is { } errors ? new Dictionary<string, string[]>(errors) : failed.Problem!;

    private async Task<Result<MessageDto>> QueueAsync(Prepared send)
    {
        if (send.Earlier is { } earlier) return earlier;
        var (message, conversation) = (send.Message!, send.Conversation!);
        // Committed together with the other sends arriving meanwhile; answered once it is stored.
        var queued = await queue.EnqueueAsync(message);
        if (queued is null)
            return new Problem(StatusCodes.Status503ServiceUnavailable, "Too many messages queued at once",
                "Wasel is storing as many sends as it can take right now and this one was not stored. Send it again after the Retry-After delay, with the same Idempotency-Key.",
                new Dictionary<string, object?> { ["code"] = "queue_full" });
        if (!queued.Duplicate)
            notifier.Publish(new InboxChange(InboxChangeKind.Message, conversation.Id, conversation.TeamId, conversation.AssigneeId, queued.Message.Id, message.AuthorId));
        return queued.Message.ToDto();
    }

    private async Task<Result<Prepared>> PrepareAsync(SendMessageRequest request, CancellationToken cancellationToken)
    {
        if (request.IdempotencyKey is { Length: > 128 })
            return new Dictionary<string, string[]> { ["Idempotency-Key"] = ["Use a key of at most 128 characters, e.g. a UUID."] };
        if (request.IdempotencyKey is not null && await db.Messages.AsNoTracking()
                .FirstOrDefaultAsync(m => m.AuthorId == request.AuthorId && m.IdempotencyKey == request.IdempotencyKey, cancellationToken) is { } earlier)
            return new Prepared(null, earlier.ToDto(), null);

        // Only what the checks need: a send is on the API's hot path, and whole rows cost more to read and build.
        var conversation = await db.Conversations.Where(c => c.Id == request.ConversationId)
            .Select(c => new Target(c.Id, c.TeamId, c.AssigneeId, c.WindowExpiresAt, c.LastInboundAt, c.Contact.WaId, c.Contact.Consent))
            .FirstOrDefaultAsync(cancellationToken);
        if (conversation is null) return Problem.NotFound("Conversation", $"There is no conversation {request.ConversationId}.");

        var (outgoing, errors) = Build(request.Message, conversation.WaId);
        if (outgoing is null) return errors;

        var now = time.GetUtcNow();
        var isTemplate = outgoing.Type == "template";
        if (!isTemplate && (conversation.WindowExpiresAt is not { } expires || expires <= now))
            return OutsideWindow(conversation, now);
        if (isTemplate && conversation.Consent == ConsentState.OptedOut)
            return new Problem(StatusCodes.Status422UnprocessableEntity, "The contact opted out",
                $"{conversation.WaId} opted out of messages from the business; only replies inside a window they open are allowed.",
                new Dictionary<string, object?> { ["code"] = "opted_out" });

        var message = new Message
        {
            ConversationId = conversation.Id,
            Direction = MessageDirection.Outbound,
            Type = outgoing.Type,
            Content = outgoing.ToJson(),
            ReplyToWaMessageId = outgoing.Context?.MessageId,
            State = DeliveryState.Queued,
            AuthorId = request.AuthorId,
            IdempotencyKey = request.IdempotencyKey,
            CreatedAt = now,
        };
        return new Prepared(message, null, conversation);
    }

    private sealed record Target(long Id, long? TeamId, string? AssigneeId, DateTimeOffset? WindowExpiresAt, DateTimeOffset? LastInboundAt,
        string WaId, ConsentState Consent);

    private static (OutgoingMessage? Message, Dictionary<string, string[]> Errors) Build(JsonObject body, string to)
    {
        var errors = new Dictionary<string, string[]>();
        var json = body.DeepClone().AsObject();
        json["messaging_product"] = "whatsapp";
        json["to"] = to;
        json.Remove("biz_opaque_callback_data"); // Wasel uses it to reconcile statuses with its own message ids
        OutgoingMessage message;
        try
        {
            message = OutgoingMessage.FromJson(json.ToJsonString());
        }
        catch (JsonException e)
        {
            errors["message"] = [$"The message is not in the Cloud API's shape ({e.Message}). Example: {{\"type\":\"text\",\"text\":{{\"body\":\"Hello\"}}}}."];
            return (null, errors);
        }
        foreach (var group in WhatsAppValidator.Validate(message).GroupBy(e => e.Field))
            errors[group.Key] = group.Select(e => e.Message).ToArray();
        return errors.Count == 0 ? (message, errors) : (null, errors);
    }

    private static Problem OutsideWindow(Target conversation, DateTimeOffset now) => new(
        StatusCodes.Status422UnprocessableEntity,
        "Outside the 24-hour customer-service window",
        conversation.LastInboundAt is { } last
            ? $"The customer last wrote at {last:u}; WhatsApp allows free-form messages only within 24 hours of that. Send an approved template (type \"template\") instead."
            : "The customer has not written yet, so only an approved template (type \"template\") can start the conversation.",
        new Dictionary<string, object?> { ["code"] = "outside_window", ["window_expires_at"] = conversation.WindowExpiresAt });
}
