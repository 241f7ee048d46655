using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wasel.Conversations;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Http;

namespace Wasel.Messaging;

public sealed record SendMessageBatchItem(long ConversationId, JsonObject? Message, string? IdempotencyKey);

public sealed record SendMessageBatchRequest(List<SendMessageBatchItem>? Messages);

/// <summary>One item's outcome: 202 with the queued message, or its own problem details.</summary>
public sealed record SendMessageBatchResult(int Status, MessageDto? Message, ProblemDetails? Problem);

public sealed record SendMessageBatchResponse(List<SendMessageBatchResult> Results);

internal static class SendMessageBatchEndpoint
{
    public const int MaxItems = 100;

    public static void MapSendMessageBatch(this RouteGroupBuilder api)
    {
        api.MapPost("/messages/batch", async Task<Results<Ok<SendMessageBatchResponse>, ValidationProblem>> (
            SendMessageBatchRequest request, ClaimsPrincipal user, SendMessage send, HttpResponse response, CancellationToken ct) =>
        {
            if (request.Messages is not { Count: > 0 and <= MaxItems } items)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["messages"] = [$"Give between 1 and {MaxItems} messages, each {{\"conversation_id\": 1, \"message\": {{\"type\":\"text\",\"text\":{{\"body\":\"Hello\"}}}}}}; split larger sends into several requests."],
                });
            var requests = items.Select(i => new SendMessageRequest(i.ConversationId, i.Message ?? [], user.Identity?.Name, i.IdempotencyKey)).ToList();
            var outcomes = await send.HandleAsync(requests, ct);
            var results = outcomes.Select((r, i) => ToResult(r, items[i])).ToList();
            if (results.Any(r => r.Status == StatusCodes.Status503ServiceUnavailable)) response.Headers.RetryAfter = "1";
            return TypedResults.Ok(new SendMessageBatchResponse(results));
        })
        .RequireAuthorization(ApiScopes.MessagesSend)
        .WithTags("Conversations")
        .WithSummary($"Send up to {MaxItems} messages in one request, in any conversations: {{\"messages\": [{{\"conversation_id\": 1, " +
            "\"message\": {\"type\":\"text\",\"text\":{\"body\":\"Hello\"}}, \"idempotency_key\": \"…\"}]}. Each item is checked and answered " +
            "on its own, in order: status 202 with the queued message once it is stored, or its status with problem details (400 with " +
            "errors by field, 404, 422 outside_window or opted_out, 503 queue_full). The same rules as one send apply to each.");
    }

    private static SendMessageBatchResult ToResult(Result<MessageDto> result, SendMessageBatchItem item)
    {
        if (result.Value is { } message) return new SendMessageBatchResult(StatusCodes.Status202Accepted, message, null);
        if (result.Errors is { } errors)
            return new SendMessageBatchResult(StatusCodes.Status400BadRequest, null, new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more validation errors occurred.",
                Detail = $"The message for conversation {item.ConversationId} was not queued.",
                // As an extension, so that it is written under the declared ProblemDetails type, as in a single send.
                Extensions = { ["errors"] = errors },
            });
        var p = result.Problem!;
        var problem = new ProblemDetails { Status = p.Status, Title = p.Title, Detail = p.Detail };
        foreach (var (key, value) in p.Extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        return new SendMessageBatchResult(p.Status, null, problem);
    }
}
