using System.Text.Json.Nodes;
using System.Threading.Channels;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Webhooks;

/// <summary>A change waiting to be delivered: one entry of Meta's webhook envelope.</summary>
public sealed record PendingChange(string Field, JsonObject Value, DateTimeOffset CreatedAt);

/// <summary>
/// The one way the rest of the sandbox sends webhooks: it queues changes; <see cref="WebhookDelivery"/> wraps them
/// in Meta's envelope, signs and posts them, and retries.
/// </summary>
public sealed class WebhookPublisher(SandboxState state)
{
    private readonly Channel<PendingChange> queue = Channel.CreateUnbounded<PendingChange>(new UnboundedChannelOptions { SingleReader = true });

    internal ChannelReader<PendingChange> Reader => queue.Reader;

    /// <summary>Queues a change of any field (message_template_status_update, phone_number_quality_update, …).</summary>
    public void Publish(string field, JsonObject value) =>
        queue.Writer.TryWrite(new PendingChange(field, value, state.Clock.UtcNow));

    /// <summary>
    /// Queues a "messages" change; adds messaging_product and metadata (display number, phone-number id) so callers
    /// pass only contacts/messages/statuses/errors.
    /// </summary>
    public void PublishMessages(JsonObject value)
    {
        var settings = state.Settings;
        var full = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject
            {
                ["display_phone_number"] = settings.DisplayPhoneNumber,
                ["phone_number_id"] = settings.PhoneNumberId,
            },
        };
        foreach (var (key, node) in value.ToList())
        {
            value.Remove(key);
            full[key] = node;
        }
        Publish("messages", full);
    }
}
