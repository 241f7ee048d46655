using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wasel.Conversations;
using Wasel.Integrations.ApiKeys;

namespace Wasel.Messaging;

internal static class SendMessageEndpoint
{
    public static void MapSendMessage(this RouteGroupBuilder api)
    {
        api.MapPost("/conversations/{id:long}/messages", async Task<Results<Accepted<MessageDto>, ValidationProblem, ProblemHttpResult>> (
            long id, JsonObject message, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
            ClaimsPrincipal user, SendMessage send, HttpResponse response, CancellationToken ct) =>
        {
            var result = await send.HandleAsync(new SendMessageRequest(id, message, user.Identity?.Name, idempotencyKey), ct);
            if (result.Errors is { } errors) return TypedResults.ValidationProblem(errors);
            if (result.Problem is { Status: StatusCodes.Status503ServiceUnavailable }) response.Headers.RetryAfter = "1";
            if (result.Problem is { } p) return TypedResults.Problem(statusCode: p.Status, title: p.Title, detail: p.Detail, extensions: p.Extensions);
            return TypedResults.Accepted($"/api/v1/conversations/{id}/messages/{result.Value!.Id}", result.Value);
        })
        .RequireAuthorization(ApiScopes.MessagesSend)
        .WithTags("Conversations")
        .WithSummary("Send a message in a conversation. The body is the Cloud API message object without \"to\", e.g. " +
            "{\"type\":\"text\",\"text\":{\"body\":\"Hello\"}}. Outside the 24-hour window only templates are allowed (422 outside_window). " +
            "Answers 202 with the queued message; its state follows as WhatsApp reports it. An Idempotency-Key header makes retries safe. " +
            "503 queue_full (with Retry-After) when more sends arrive than Wasel can store; nothing was stored, send it again.");
    }
}
