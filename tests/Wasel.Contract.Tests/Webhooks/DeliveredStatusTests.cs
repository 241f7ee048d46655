using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Contract.Tests.Webhooks;

/// <summary>The sandbox's sent/delivered/read statuses parse into the client's <see cref="MessageStatus"/> with pricing and conversation.</summary>
public class DeliveredStatusTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reply_in_the_window_is_sent_delivered_and_read_free_of_charge()
    {
        await using var host = await ContractHost.StartAsync(o => o.ReadDelayMs = 0);
        host.CustomerWhoJustWrote("15550100040");

        var accepted = await host.Client.SendAsync(OutgoingMessage.Text("15550100040", "Thanks for writing").WithCallbackData("reply-1"), Token);
        var sent = await host.Webhooks.WaitForAsync<MessageStatus>(s => s.Id == accepted.MessageId && s.State == DeliveryState.Sent);
        var delivered = await host.Webhooks.WaitForAsync<MessageStatus>(s => s.Id == accepted.MessageId && s.State == DeliveryState.Delivered);
        var read = await host.Webhooks.WaitForAsync<MessageStatus>(s => s.Id == accepted.MessageId && s.State == DeliveryState.Read);

        Assert.Equal("15550100040", sent.RecipientId);
        Assert.Equal("reply-1", sent.BizOpaqueCallbackData);
        Assert.Equal("messages", sent.Field);
        Assert.Equal(host.Settings.WabaId, sent.WabaId);
        Assert.InRange(sent.Timestamp, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal("service", sent.Conversation!.Origin!.Type);
        Assert.NotNull(sent.Conversation.Id);
        Assert.True(sent.Conversation.ExpirationTimestamp > sent.Timestamp);
        Assert.Equal(new StatusPricing { Billable = false, PricingModel = "PMP", Type = "free_customer_service", Category = "service" }, sent.Pricing);
        Assert.Equal("service", delivered.Pricing!.Category);
        Assert.Null(delivered.Conversation!.ExpirationTimestamp);
        Assert.Null(read.Pricing);
        Assert.Null(read.Errors);
    }

    [Fact]
    public async Task Marketing_template_outside_the_window_is_charged_as_marketing()
    {
        await using var host = await ContractHost.StartAsync();
        await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.Receipt());

        var accepted = await host.Client.SendAsync(OutgoingMessage.Template("15550100041", "receipt_named", "en",
            TemplateComponent.Header(TemplateParameter.Named("shop", "Lucky Shrub")),
            TemplateComponent.Body(TemplateParameter.Named("customer_name", "Sara"), TemplateParameter.Named("total", "$12.00"))), Token);
        var sent = await host.Webhooks.WaitForAsync<MessageStatus>(s => s.Id == accepted.MessageId && s.State == DeliveryState.Sent);

        Assert.Equal("marketing", sent.Conversation!.Origin!.Type);
        Assert.True(sent.Pricing!.Billable);
        Assert.Equal("regular", sent.Pricing.Type);
        Assert.Equal("marketing", sent.Pricing.Category);
    }

    [Fact]
    public async Task Conversation_based_pricing_has_no_pricing_type()
    {
        await using var host = await ContractHost.StartAsync(o => o.PricingModel = "CBP");
        host.CustomerWhoJustWrote("15550100042");

        var accepted = await host.Client.SendAsync(OutgoingMessage.Text("15550100042", "Hello"), Token);
        var sent = await host.Webhooks.WaitForAsync<MessageStatus>(s => s.Id == accepted.MessageId && s.State == DeliveryState.Sent);

        Assert.Equal("CBP", sent.Pricing!.PricingModel);
        Assert.Null(sent.Pricing.Type);
        Assert.Equal("service", sent.Pricing.Category);
    }
}
