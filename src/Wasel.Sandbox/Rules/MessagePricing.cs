using System.Security.Cryptography;
using System.Text;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Rules;

/// <summary>
/// Prices a message as Meta does (pricing page, Jul 2025): under PMP only templates are charged; a utility template
/// inside an open customer-service window is free (free_customer_service); everything is free inside a free-entry-point
/// window (free_entry_point). Under CBP service conversations are free (since 2024-11) and template categories are billed.
/// </summary>
public static class MessagePricing
{
    /// <param name="category">marketing, utility or authentication for templates; service for free-form messages.</param>
    public static DeliveryPricing For(SimulatedCustomer customer, string category, string messageId, DateTimeOffset now, SandboxOptions settings)
    {
        var conversationId = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(messageId)))[..32];
        if (CustomerWindow.IsFreeEntryPointOpen(customer, now))
            return new DeliveryPricing(category, "free_entry_point", false, "referral_conversion", conversationId, customer.FreeEntryPointUntil);

        var windowOpen = CustomerWindow.IsServiceWindowOpen(customer, now, settings);
        if (category == "service")
            return new DeliveryPricing(category, "free_customer_service", false, "service", conversationId, CustomerWindow.ClosesAt(customer, settings) ?? now.AddHours(24));
        if (category == "utility" && windowOpen && settings.PricingModel == "PMP")
            return new DeliveryPricing(category, "free_customer_service", false, category, conversationId, CustomerWindow.ClosesAt(customer, settings));
        return new DeliveryPricing(category, "regular", true, category, conversationId, now.AddHours(24));
    }
}
