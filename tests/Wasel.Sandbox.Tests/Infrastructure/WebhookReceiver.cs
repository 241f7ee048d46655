using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wasel.Sandbox.Tests.Infrastructure;

public sealed record ReceivedWebhook(byte[] Body, string? Signature256, string? ContentType, string? UserAgent, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>True when X-Hub-Signature-256 is the HMAC-SHA256 of the raw body under <paramref name="appSecret"/>.</summary>
    public bool IsSignedWith(string appSecret)
    {
        if (Signature256 is null || !Signature256.StartsWith("sha256=", StringComparison.Ordinal)) return false;
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Body));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Signature256["sha256=".Length..]));
    }

    /// <summary>Every value of every change, flattened: the part tests usually look at.</summary>
    public IEnumerable<(string Field, JsonElement Value)> Changes =>
        Json.GetProperty("entry").EnumerateArray()
            .SelectMany(e => e.GetProperty("changes").EnumerateArray())
            .Select(c => (c.GetProperty("field").GetString()!, c.GetProperty("value")));
}

/// <summary>
/// A platform stand-in for tests: a real HTTP endpoint on 127.0.0.1 that records every webhook the sandbox posts.
/// It can refuse the first N deliveries to exercise redelivery.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private int refusalsLeft;

    private WebhookReceiver(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public string Url { get; }

    public IReadOnlyCollection<ReceivedWebhook> Received => received.ToArray();

    /// <summary>Answer 500 to the next <paramref name="count"/> deliveries.</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref refusalsLeft, count);

    public int Attempts;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        WebhookReceiver? self = null;
        app.MapPost("/webhooks/whatsapp", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            Interlocked.Increment(ref self!.Attempts);
            if (Interlocked.Decrement(ref self.refusalsLeft) >= 0) return Results.StatusCode(500);
            self.received.Enqueue(new ReceivedWebhook(buffer.ToArray(), request.Headers["X-Hub-Signature-256"], request.ContentType,
                request.Headers.UserAgent, DateTimeOffset.UtcNow));
            return Results.Ok();
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Urls.First();
        self = new WebhookReceiver(app, address.TrimEnd('/') + "/webhooks/whatsapp");
        return self;
    }

    /// <summary>Waits until a received change satisfies <paramref name="match"/>; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> WaitForAsync(string field, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            foreach (var hook in received)
                foreach (var (f, value) in hook.Changes)
                    if (f == field && match(value)) return value.Clone();
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"No '{field}' webhook matched within {timeout ?? TimeSpan.FromSeconds(10)}; received {received.Count}.");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
