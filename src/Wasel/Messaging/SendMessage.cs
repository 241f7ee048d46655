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
        if (request.IdempotencyKey is { Length: > 128 })
            return new Dictionary<string, string[]> { ["Idempotency-Key"] = ["Use a key of at most 128 characters, e.g. a UUID."] };
        if (request.IdempotencyKey is not null && await db.Messages.AsNoTracking()
                .FirstOrDefaultAsync(m => m.AuthorId == request.AuthorId && m.IdempotencyKey == request.IdempotencyKey, cancellationToken) is { } earlier)
            return earlier.ToDto();

        var conversation = await db.Conversations.AsNoTracking().Include(c => c.Contact).FirstOrDefaultAsync(c => c.Id == request.ConversationId, cancellationToken);
        if (conversation is null) return Problem.NotFound("Conversation", $"There is no conversation {request.ConversationId}.");

        var (outgoing, errors) = Build(request.Message, conversation.Contact.WaId);
        if (outgoing is null) return errors;

        var now = time.GetUtcNow();
        var isTemplate = outgoing.Type == "template";
        if (!isTemplate && (conversation.WindowExpiresAt is not { } expires || expires <= now))
            return OutsideWindow(conversation, now);
        if (isTemplate && conversation.Contact.Consent == ConsentState.OptedOut)
            return new Problem(StatusCodes.Status422UnprocessableEntity, "The contact opted out",
                $"{conversation.Contact.WaId} opted out of messages from the business; only replies inside a window they open are allowed.",
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
        // Committed together with the other sends arriving meanwhile; answered once it is stored.
        var queued = await queue.EnqueueAsync(message);
        if (queued is null)
            return new Problem(StatusCodes.Status503ServiceUnavailable, "Too many messages queued at once",
                "Wasel is storing as many sends as it can take right now and this one was not stored. Send it again after the Retry-After delay, with the same Idempotency-Key.",
                new Dictionary<string, object?> { ["code"] = "queue_full" });
        if (!queued.Duplicate)
            notifier.Publish(new InboxChange(InboxChangeKind.Message, conversation.Id, conversation.TeamId, conversation.AssigneeId, queued.Message.Id, request.AuthorId));
        return queued.Message.ToDto();
    }

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

    private static Problem OutsideWindow(Conversation conversation, DateTimeOffset now) => new(
        StatusCodes.Status422UnprocessableEntity,
        "Outside the 24-hour customer-service window",
        conversation.LastInboundAt is { } last
            ? $"The customer last wrote at {last:u}; WhatsApp allows free-form messages only within 24 hours of that. Send an approved template (type \"template\") instead."
            : "The customer has not written yet, so only an approved template (type \"template\") can start the conversation.",
        new Dictionary<string, object?> { ["code"] = "outside_window", ["window_expires_at"] = conversation.WindowExpiresAt });
}
