using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Rules;

/// <summary>How a message is priced: pricing.category/type/billable and conversation.origin.type of its status webhooks.</summary>
public sealed record DeliveryPricing(string Category, string Type, bool Billable, string OriginType, string ConversationId, DateTimeOffset? ExpiresAt);

/// <summary>
/// What will happen to an accepted message: its recipient, pricing, and the error it fails with (decided when it was
/// accepted, published after <c>SentDelayMs</c> as Meta does with asynchronous failures).
/// </summary>
public sealed record DeliveryPlan(string RecipientId, DeliveryPricing Pricing, JsonObject? Failure, bool OnlySent);

/// <summary>The error object of statuses[].errors and messages[].errors: code, title, message, error_data.details, href.</summary>
public static class WebhookError
{
    public static JsonObject Build(int code, string? details = null)
    {
        var known = Graph.CloudApiErrors.Get(code);
        return new JsonObject
        {
            ["code"] = code,
            ["title"] = known.Title,
            ["message"] = known.Title,
            ["error_data"] = new JsonObject { ["details"] = details ?? known.Details },
            ["href"] = Graph.CloudApiErrors.Href,
        };
    }
}
