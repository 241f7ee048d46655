using Wasel.WhatsApp.Webhooks;

namespace Wasel.Messaging;

/// <summary>Routes each parsed webhook event to the use case that records it.</summary>
public sealed class ApplyWebhookEvents(RecordInboundMessage inbound, RecordMessageStatus statuses, ILogger<ApplyWebhookEvents> log)
{
    public async Task HandleAsync(WebhookEvent change, CancellationToken cancellationToken)
    {
        switch (change)
        {
            case InboundMessage message:
                await inbound.HandleAsync(message, cancellationToken);
                break;
            case MessageStatus status:
                await statuses.HandleAsync(status, cancellationToken);
                break;
            default:
                // Template, quality and account events are recorded by the features that own them as they arrive.
                log.LogInformation("Webhook event {Field} ({Type}) received", change.Field, change.GetType().Name);
                break;
        }
    }
}
