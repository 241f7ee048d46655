using System.Text.Json.Nodes;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox.Control;

/// <summary>
/// A simulated customer sends a message: it joins their timeline, opens or extends the customer-service window
/// (and a free-entry-point window when it carries an ad referral), and reaches the platform as a "messages" webhook.
/// </summary>
public sealed class SendInboundMessage
{
    private readonly SandboxState state;
    private readonly WebhookPublisher publisher;
    private readonly InboundMessageBuilder builder;

    public SendInboundMessage(SandboxState state, WebhookPublisher publisher, MediaStore media)
    {
        this.state = state;
        this.publisher = publisher;
        builder = new InboundMessageBuilder(state, media);
    }

    /// <summary>Validates and sends <paramref name="request"/>; returns the message id, or null with <paramref name="errors"/> filled.</summary>
    internal string? Handle(SimulatedCustomer customer, JsonObject request, Errors errors)
    {
        var message = builder.Build(customer, request, errors);
        if (message is null) return null;
        var id = message.Text("id");
        Deliver(customer, message);
        return id;
    }

    /// <summary>Sends a message already in Meta's inbound shape (from, id, timestamp, type, …) without checking it.</summary>
    public void Deliver(SimulatedCustomer customer, JsonObject message)
    {
        var now = state.Clock.UtcNow;
        var type = message.Text("type") ?? "text";
        var stored = new SandboxMessage
        {
            Id = message.Text("id") ?? SandboxState.NewMessageId(),
            Direction = MessageDirection.Inbound,
            Type = type,
            Body = message.DeepClone().AsObject(),
            Timestamp = now,
            Status = "received",
        };
        string name;
        lock (state.Sync)
        {
            customer.LastInboundAt = now;
            if (message["referral"] is not null)
                customer.FreeEntryPointUntil = now + TimeSpan.FromHours(state.Settings.FreeEntryPointWindowHours);
            name = customer.Name;
        }
        state.AddMessage(customer, stored);
        publisher.PublishMessages(new JsonObject
        {
            ["contacts"] = new JsonArray(new JsonObject
            {
                ["profile"] = new JsonObject { ["name"] = name },
                ["wa_id"] = customer.WaId,
            }),
            ["messages"] = new JsonArray(message),
        });
    }
}
