using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Control;

public sealed record InboundMessageResponse([property: JsonPropertyName("id")] string Id);

public sealed record StatusResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("at")] DateTimeOffset At);

/// <summary>One message on the customer's phone, either direction.</summary>
public sealed record TimelineMessage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp,
    [property: JsonPropertyName("body")] JsonObject Body,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("statuses")] IReadOnlyList<StatusResponse> Statuses,
    [property: JsonPropertyName("error")] JsonObject? Error,
    [property: JsonPropertyName("rendered")] JsonObject? Rendered,
    [property: JsonPropertyName("category")] string? Category);

internal static class MessageEndpoints
{
    public static void MapCustomerMessages(this RouteGroupBuilder api)
    {
        var messages = api.MapGroup("/customers/{wa_id}/messages").WithTags("Customer messages")
            .ProducesProblem(StatusCodes.Status404NotFound);
        messages.MapPost("", Send)
            .WithName("SendInboundMessage")
            .WithSummary("Make a customer send a message to the business")
            .WithDescription("The body is the inbound message in Meta's webhook shape: {\"type\":\"text\",\"text\":{\"body\":\"…\"}}; image, audio, " +
                "video, document and sticker take {\"id\":\"<media id>\"} or base64 {\"data\",\"mime_type\",\"filename\"}; location, contacts, " +
                "reaction, interactive (button_reply/list_reply, checked against the message in context.id), button (template quick reply), " +
                "order, unsupported; a referral object (click-to-WhatsApp ad) on any message opens the free-entry-point window. " +
                "id and timestamp are filled in when absent. Publishes a messages webhook.");
        messages.MapGet("", List)
            .WithName("ListCustomerMessages")
            .WithSummary("What the customer received, with statuses, errors and rendered templates")
            .WithDescription("By default (direction=received) only what the business sent the customer; direction=sent lists only what the " +
                "customer sent; direction=all the whole conversation in order.");

        api.MapGet("/media/{id}", (string id, MediaStore media) =>
                media.Find(id) is { } found
                    ? (Results<FileContentHttpResult, ProblemHttpResult>)TypedResults.File(found.Content, found.MimeType, found.FileName)
                    : TypedResults.Problem(statusCode: 404, title: "Unknown media", detail: $"No media with id '{id}' is stored in the sandbox."))
            .WithName("DownloadMedia")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Download stored media without a token (the phone page shows images with it)")
            .WithTags("Media");
    }

    private static Results<Ok<InboundMessageResponse>, ValidationProblem, ProblemHttpResult> Send(
        [FromRoute(Name = "wa_id")] string waId, JsonObject message, SandboxState state, SendInboundMessage send)
    {
        if (CustomerEndpoints.Find(state, waId) is not { } customer) return ControlProblems.UnknownCustomer(waId);
        var errors = new Errors();
        var id = send.Handle(customer, message, errors);
        return id is null ? ControlProblems.Invalid(errors) : TypedResults.Ok(new InboundMessageResponse(id));
    }

    private static Results<Ok<List<TimelineMessage>>, ValidationProblem, ProblemHttpResult> List(
        [FromRoute(Name = "wa_id")] string waId, string? direction, SandboxState state)
    {
        if (CustomerEndpoints.Find(state, waId) is not { } customer) return ControlProblems.UnknownCustomer(waId);
        MessageDirection? only = direction switch
        {
            "all" => null,
            null or "" or "received" or "outbound" => MessageDirection.Outbound,
            "sent" or "inbound" => MessageDirection.Inbound,
            _ => (MessageDirection)(-1),
        };
        if (only is (MessageDirection)(-1))
            return ControlProblems.Invalid("direction", "direction must be received (what the customer received), sent (what the customer sent) or all.");
        lock (state.Sync)
            return TypedResults.Ok(customer.Timeline.Where(m => only is null || m.Direction == only).Select(ToResponse).ToList());
    }

    private static TimelineMessage ToResponse(SandboxMessage m) => new(
        m.Id,
        m.Direction == MessageDirection.Inbound ? "inbound" : "outbound",
        m.Type,
        m.Timestamp,
        m.Body.DeepClone().AsObject(),
        m.Direction == MessageDirection.Outbound ? m.Status : null,
        m.Statuses.Select(s => new StatusResponse(s.Status, s.At)).ToList(),
        m.Error?.DeepClone().AsObject(),
        m.Rendered?.DeepClone().AsObject(),
        m.Category);
}
