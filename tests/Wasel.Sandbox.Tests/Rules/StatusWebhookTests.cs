using System.Text.Json.Nodes;
using Wasel.Sandbox.Rules;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Tests.Rules;

public class StatusWebhookTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_750_030_073);

    private static SandboxMessage Message(string? opaque = null) => new()
    {
        Id = "wamid.TEST", Direction = MessageDirection.Outbound, Type = "template", Body = [], Timestamp = Now, BizOpaqueCallbackData = opaque,
    };

    private static DeliveryPlan Plan(JsonObject? failure = null) =>
        new("16505551234", new DeliveryPricing("marketing", "regular", true, "marketing", "72b14d6bd5407799e66f64d1b338e567", Now.AddHours(24)), failure, false);

    [Fact]
    public void Sent_status_has_conversation_with_expiry_and_pmp_pricing()
    {
        var entry = StatusWebhook.Build(Message("campaign-7"), Plan(), "sent", Now, withPricing: true, "PMP");

        Assert.Equal(
            """{"id":"wamid.TEST","status":"sent","timestamp":"1750030073","recipient_id":"16505551234","biz_opaque_callback_data":"campaign-7","conversation":{"id":"72b14d6bd5407799e66f64d1b338e567","expiration_timestamp":"1750116473","origin":{"type":"marketing"}},"pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"marketing"}}""",
            entry.ToJsonString());
    }

    [Fact]
    public void Delivered_status_has_pricing_but_no_expiry_and_cbp_has_no_pricing_type()
    {
        var entry = StatusWebhook.Build(Message(), Plan(), "delivered", Now, withPricing: true, "CBP");

        Assert.Equal(
            """{"id":"wamid.TEST","status":"delivered","timestamp":"1750030073","recipient_id":"16505551234","conversation":{"id":"72b14d6bd5407799e66f64d1b338e567","origin":{"type":"marketing"}},"pricing":{"billable":true,"pricing_model":"CBP","category":"marketing"}}""",
            entry.ToJsonString());
    }

    [Fact]
    public void Read_status_after_delivered_is_bare()
    {
        var entry = StatusWebhook.Build(Message(), Plan(), "read", Now, withPricing: false, "PMP");

        Assert.Equal("""{"id":"wamid.TEST","status":"read","timestamp":"1750030073","recipient_id":"16505551234"}""", entry.ToJsonString());
    }

    [Fact]
    public void Failed_status_carries_meta_error_object()
    {
        var entry = StatusWebhook.Build(Message(), Plan(WebhookError.Build(131047)), "failed", Now, withPricing: true, "PMP");

        var error = entry["errors"]![0]!;
        Assert.Equal(131047, error["code"]!.GetValue<int>());
        Assert.Equal("Re-engagement message", error["title"]!.GetValue<string>());
        Assert.Equal(error["title"]!.GetValue<string>(), error["message"]!.GetValue<string>());
        Assert.Contains("24 hours", error["error_data"]!["details"]!.GetValue<string>());
        Assert.Equal("/documentation/business-messaging/whatsapp/support/error-codes", error["href"]!.GetValue<string>());
        Assert.Null(entry["pricing"]);
    }

    [Fact]
    public void Pricing_follows_pmp_rules_for_windows_and_categories()
    {
        var settings = new SandboxOptions();
        var customer = new SimulatedCustomer { WaId = "1", Name = "A", LastInboundAt = Now.AddHours(-1) };
        var stranger = new SimulatedCustomer { WaId = "2", Name = "B" };
        var fromAd = new SimulatedCustomer { WaId = "3", Name = "C", LastInboundAt = Now.AddHours(-30), FreeEntryPointUntil = Now.AddHours(40) };

        var utilityInWindow = MessagePricing.For(customer, "utility", "wamid.1", Now, settings);
        var marketingInWindow = MessagePricing.For(customer, "marketing", "wamid.2", Now, settings);
        var utilityOutside = MessagePricing.For(stranger, "utility", "wamid.3", Now, settings);
        var service = MessagePricing.For(customer, "service", "wamid.4", Now, settings);
        var entryPoint = MessagePricing.For(fromAd, "marketing", "wamid.5", Now, settings);

        Assert.Equal(("free_customer_service", false), (utilityInWindow.Type, utilityInWindow.Billable));
        Assert.Equal(("regular", true), (marketingInWindow.Type, marketingInWindow.Billable));
        Assert.Equal(("regular", true), (utilityOutside.Type, utilityOutside.Billable));
        Assert.Equal(("free_customer_service", false, "service"), (service.Type, service.Billable, service.Category));
        Assert.Equal(("free_entry_point", false, "referral_conversion"), (entryPoint.Type, entryPoint.Billable, entryPoint.OriginType));
    }
}
