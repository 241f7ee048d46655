namespace Wasel.Sandbox.Webhooks;

/// <summary>Posts queued changes to Sandbox:WebhookUrl, signed as Meta signs them, with redelivery on failure.</summary>
internal sealed class WebhookDelivery(WebhookPublisher publisher) : BackgroundService
{
    public const string HttpClientName = "Wasel.Sandbox.Webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Placeholder until delivery is written: drain so that the queue does not grow.
        await foreach (var _ in publisher.Reader.ReadAllAsync(stoppingToken)) { }
    }
}
