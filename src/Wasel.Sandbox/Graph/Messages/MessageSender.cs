using System.Text.Json.Nodes;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.Rules;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Messages;

/// <summary>
/// A send: Meta's synchronous checks (body, recipient, template, throughput, pair rate), then acceptance: the message
/// goes on the customer's timeline with a 200 and wamid, and the delivery simulator reports what happens next.
/// </summary>
internal sealed class MessageSender(
    SandboxState state, TemplateStore templates, ThroughputLimiter throughput, PairRateLimiter pairs,
    OutboundFailures failures, DeliverySimulator delivery)
{
    public IResult Send(JsonObject body)
    {
        var recipientType = JsonFields.String(body, "recipient_type") ?? "individual";
        if (recipientType != "individual") return GraphError.InvalidParameter("Param recipient_type must be individual; the sandbox has no groups.").ToResult();
        var to = JsonFields.String(body, "to");
        if (string.IsNullOrEmpty(to)) return GraphError.InvalidParameter("The parameter to is required.").ToResult();
        var type = JsonFields.String(body, "type") ?? "text";
        if (!MessageBodyValidator.Types.Contains(type))
            return GraphError.InvalidParameter($"Param type must be one of {{{string.Join(", ", MessageBodyValidator.Types)}}}.").ToResult();
        var context = JsonFields.Object(body, "context");
        if (context is not null && string.IsNullOrEmpty(JsonFields.String(context, "message_id"))) return GraphError.Required("context['message_id']").ToResult();
        if (MessageBodyValidator.Validate(body, type) is { } invalid) return invalid.ToResult();
        var waId = RecipientNumber.Normalise(to);
        if (waId is null) return GraphError.Invalid($"Param to '{to}' is not a valid phone number.").ToResult();
        if (waId == state.Settings.DisplayPhoneNumber) return GraphError.Of(131021).ToResult();

        MessageTemplate? template = null;
        JsonObject? rendered = null;
        if (type == "template")
        {
            (template, rendered, var templateError) = TemplateSend.Check(JsonFields.Object(body, "template")!, templates);
            if (templateError is not null) return templateError.ToResult();
        }
        if (!throughput.TryTake()) return GraphError.Of(130429).ToResult();
        if (!pairs.TryTake(waId)) return GraphError.Of(131056).ToResult();

        var customer = FindOrMeet(waId);
        var category = template?.Category.ToLowerInvariant() ?? "service";
        var failure = failures.Decide(customer, type, body, category);
        var now = state.Clock.UtcNow;
        var content = new JsonObject { ["type"] = type, [type] = body[type]?.DeepClone() };
        if (context is not null) content["context"] = context.DeepClone();
        var message = new SandboxMessage
        {
            Id = SandboxState.NewMessageId(),
            Direction = MessageDirection.Outbound,
            Type = type,
            Body = content,
            Timestamp = now,
            Category = category,
            BizOpaqueCallbackData = JsonFields.String(body, "biz_opaque_callback_data"),
            Rendered = rendered,
        };
        DeliveryPricing pricing;
        lock (state.Sync) pricing = MessagePricing.For(customer, category, message.Id, now, state.Settings);
        state.AddMessage(customer, message);
        delivery.Deliver(message, new DeliveryPlan(waId, pricing, failure, OnlySent: type == "reaction"));

        var accepted = new JsonObject { ["id"] = message.Id };
        if (type == "template") accepted["message_status"] = "accepted";
        return Results.Json(new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(new JsonObject { ["input"] = to, ["wa_id"] = waId }),
            ["messages"] = new JsonArray(accepted),
        });
    }

    /// <summary>An unknown number becomes a customer: on WhatsApp, or not when <c>UnknownNumbersAreOnWhatsApp</c> is off.</summary>
    private SimulatedCustomer FindOrMeet(string waId) =>
        state.GetOrAddCustomer(waId, () => new SimulatedCustomer
        {
            WaId = waId,
            Name = "+" + waId,
            OnWhatsApp = state.Settings.UnknownNumbersAreOnWhatsApp,
            CreatedAt = state.Clock.UtcNow,
        });
}
