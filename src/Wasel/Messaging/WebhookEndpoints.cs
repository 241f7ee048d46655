using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Messaging;

/// <summary>
/// GET and POST /webhooks/whatsapp: Meta's verification handshake, and event delivery. A POST is accepted only
/// with a valid X-Hub-Signature-256 over the raw body, stored, then answered 200; processing happens later.
/// </summary>
internal static class WebhookEndpoints
{
    /// <summary>Meta sends at most 3 MB per POST.</summary>
    public const int MaxBodyBytes = 3 * 1024 * 1024;

    public static void MapWhatsAppWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhooks/whatsapp").WithTags("Webhooks").AllowAnonymous();

        group.MapGet("/", Results<ContentHttpResult, ProblemHttpResult> (HttpRequest request, WhatsAppConnection connection) =>
        {
            var result = WebhookHandshake.Verify(request.Query, connection.VerifyToken);
            return result.IsAccepted
                ? TypedResults.Text(result.Challenge!, "text/plain")
                : TypedResults.Problem(statusCode: 403, title: "Webhook verification refused",
                    detail: result.Reason + " Set WhatsApp:VerifyToken to the verify token entered in Meta's App Dashboard.");
        }).WithSummary("Meta's verification handshake: echoes hub.challenge when hub.verify_token matches.");

        group.MapPost("/", async Task<Results<Ok, ProblemHttpResult>> (HttpRequest request, WhatsAppConnection connection, WebhookInbox inbox, ILoggerFactory logs) =>
        {
            if (request.ContentLength > MaxBodyBytes) return TooLarge();
            var body = await ReadBodyAsync(request);
            if (body is null) return TooLarge();

            var check = WebhookSignature.Verify(body, request.Headers[WebhookSignature.HeaderName], connection.AppSecret);
            if (!check.IsValid)
            {
                logs.CreateLogger("Wasel.Webhooks").LogWarning("Refused a webhook: {Reason}", check.Reason);
                return TypedResults.Problem(statusCode: 401, title: "Invalid webhook signature",
                    detail: check.Reason + " The body must be signed with the Meta app secret configured in WhatsApp:AppSecret.");
            }

            var stored = await inbox.StoreAsync(System.Text.Encoding.UTF8.GetString(body), request.HttpContext.RequestAborted);
            return stored
                ? TypedResults.Ok()
                : TypedResults.Problem(statusCode: 503, title: "Busy", detail: "The webhook inbox is full; WhatsApp will redeliver this event.");
        }).WithSummary("Receives WhatsApp events; stores them before answering 200.")
          .DisableAntiforgery();
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(statusCode: 413, title: "Webhook body too large",
        detail: $"A webhook body may be at most {MaxBodyBytes / 1024 / 1024} MB.");

    /// <summary>Reads the raw bytes (the signature covers exactly these); null when over the limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream(request.ContentLength is > 0 and <= MaxBodyBytes ? (int)request.ContentLength : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
