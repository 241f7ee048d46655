using System.Text.Json.Nodes;
using Wasel.Sandbox.Rules;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Messages;

/// <summary>
/// The rules Meta applies after accepting a send, reported as a failed status: not on WhatsApp or blocked (131026),
/// free-form outside the customer-service window (131047), marketing to a customer who stopped it (131050), a new
/// customer beyond the messaging limit (131048), a reaction to an unknown message (131009).
/// </summary>
internal sealed class OutboundFailures(SandboxState state, MessagingLimits limits)
{
    public JsonObject? Decide(SimulatedCustomer customer, string type, JsonObject body, string category)
    {
        var now = state.Clock.UtcNow;
        var settings = state.Settings;
        bool onWhatsApp, blocked, stoppedMarketing, windowOpen;
        lock (state.Sync)
        {
            onWhatsApp = customer.OnWhatsApp;
            blocked = customer.BlockedBusiness;
            stoppedMarketing = customer.StoppedMarketing;
            windowOpen = CustomerWindow.IsOpen(customer, now, settings);
        }
        if (!onWhatsApp || blocked) return WebhookError.Build(131026);
        if (type == "reaction" && state.FindMessage(JsonFields.String(JsonFields.Object(body, "reaction"), "message_id")!) is null)
            return WebhookError.Build(131009, "The message to react to does not exist, was deleted, or is a reaction.");
        if (type != "template")
            return windowOpen ? null : WebhookError.Build(131047);
        if (category == "marketing" && stoppedMarketing) return WebhookError.Build(131050);
        // Only business-initiated messages (outside a window) count towards the messaging limit.
        if (!windowOpen && !limits.TryReach(customer.WaId))
            return WebhookError.Build(131048, $"The messaging limit ({limits.TierName}) of unique customers reached outside a customer-service window in 24 hours has been reached.");
        return null;
    }
}
