using Wasel.WhatsApp.Webhooks;

namespace Wasel.Bench;

/// <summary>
/// The ceiling for webhook ingestion on this machine: a Kestrel process whose POST /webhooks/whatsapp only reads the
/// body and checks X-Hub-Signature-256, then answers 200, storing nothing. Run by webhook-ingest as its own process,
/// like Wasel, so both are measured the same way.
/// </summary>
internal static class BareWebhookEndpoint
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = Arguments.Value(args, "urls") ?? throw new ArgumentException("--urls is required.");
        var secret = Arguments.Value(args, "app-secret") ?? throw new ArgumentException("--app-secret is required.");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/health/ready", () => Results.Ok());
        app.MapPost("/webhooks/whatsapp", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream(request.ContentLength is > 0 and < 3_000_000 ? (int)request.ContentLength : 4096);
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            var check = WebhookSignature.Verify(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), request.Headers[WebhookSignature.HeaderName], secret);
            return check.IsValid ? Results.Ok() : Results.StatusCode(401);
        });
        await app.RunAsync();
        return 0;
    }
}
