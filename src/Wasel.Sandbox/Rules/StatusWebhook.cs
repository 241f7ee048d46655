using System.Globalization;
using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Rules;

/// <summary>One entry of value.statuses[] in Meta's shape (webhooks reference, messages/status).</summary>
public static class StatusWebhook
{
    /// <param name="withPricing">conversation and pricing ride on sent and on the first of delivered/read.</param>
    public static JsonObject Build(SandboxMessage message, DeliveryPlan plan, string status, DateTimeOffset at, bool withPricing, string pricingModel)
    {
        var entry = new JsonObject
        {
            ["id"] = message.Id,
            ["status"] = status,
            ["timestamp"] = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["recipient_id"] = plan.RecipientId,
        };
        if (message.BizOpaqueCallbackData is { } opaque) entry["biz_opaque_callback_data"] = opaque;
        if (status == "failed")
        {
            entry["errors"] = new JsonArray(plan.Failure?.DeepClone() ?? WebhookError.Build(131000));
            return entry;
        }
        if (!withPricing) return entry;

        var conversation = new JsonObject { ["id"] = plan.Pricing.ConversationId };
        if (status == "sent" && plan.Pricing.ExpiresAt is { } expires)
            conversation["expiration_timestamp"] = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        conversation["origin"] = new JsonObject { ["type"] = plan.Pricing.OriginType };
        entry["conversation"] = conversation;

        var pricing = new JsonObject { ["billable"] = plan.Pricing.Billable, ["pricing_model"] = pricingModel };
        // pricing.type exists only under per-message pricing.
        if (pricingModel == "PMP") pricing["type"] = plan.Pricing.Type;
        pricing["category"] = plan.Pricing.Category;
        entry["pricing"] = pricing;
        return entry;
    }
}
