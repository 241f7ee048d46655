using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.Tests.Infrastructure;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox.Tests.Webhooks;

/// <summary>A sandbox posting to a fresh receiver, and ways to publish changes the way the rest of the sandbox does.</summary>
internal sealed class WebhookScenario : IAsyncDisposable
{
    private WebhookScenario(WebhookReceiver receiver, SandboxHost host)
    {
        Receiver = receiver;
        Host = host;
    }

    public WebhookReceiver Receiver { get; }
    public SandboxHost Host { get; }
    public WebhookPublisher Publisher => Host.Services.GetRequiredService<WebhookPublisher>();
    public WebhookDeliveryLog Log => Host.Services.GetRequiredService<WebhookDeliveryLog>();

    public static async Task<WebhookScenario> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var receiver = await WebhookReceiver.StartAsync();
        var host = await SandboxHost.StartAsync(o =>
        {
            o.WebhookUrl = receiver.Url;
            configure?.Invoke(o);
        });
        return new WebhookScenario(receiver, host);
    }

    public void PublishStatus(string messageId, string status, string recipient = "966500000001") =>
        Publisher.PublishMessages(new JsonObject
        {
            ["statuses"] = new JsonArray(new JsonObject
            {
                ["id"] = messageId, ["status"] = status, ["timestamp"] = "1750030073", ["recipient_id"] = recipient,
            }),
        });

    /// <summary>Every status change received for <paramref name="messageId"/>, in arrival order.</summary>
    public List<string> StatusesReceivedFor(string messageId) =>
        Receiver.Received
            .SelectMany(h => h.Changes)
            .Where(c => c.Field == "messages" && c.Value.TryGetProperty("statuses", out _))
            .SelectMany(c => c.Value.GetProperty("statuses").EnumerateArray())
            .Where(s => s.GetProperty("id").GetString() == messageId)
            .Select(s => s.GetProperty("status").GetString()!)
            .ToList();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
