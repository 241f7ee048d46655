using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Messages;

namespace Wasel.Contract.Tests.Messages;

/// <summary>Template messages built by the client are accepted by the sandbox, recorded as sent and rendered as Meta would.</summary>
public class TemplateSendTests
{
    private const string Customer = "15550100003";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Positional_template_with_header_body_and_button_parameters_is_recorded_and_rendered()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.OrderUpdate());
        var message = OutgoingMessage.Template(Customer, "order_update", "en_US",
            TemplateComponent.Header(TemplateParameter.ForText("A-17")),
            TemplateComponent.Body(TemplateParameter.ForText("Sara"), TemplateParameter.ForCurrency("$10.00", "USD", 10000),
                TemplateParameter.ForDateTime("Monday")),
            TemplateComponent.QuickReplyButton(0, "thanks-A-17"),
            TemplateComponent.UrlButton(1, "A-17")).WithCallbackData("campaign-7");

        var result = await host.Client.SendAsync(message, Token);

        var recorded = host.AssertRecordedAsSent(message, result);
        Assert.Equal("accepted", result.MessageStatus);
        var rendered = recorded.Rendered!;
        Assert.Equal("Order A-17 update", rendered["header"]!.GetValue<string>());
        Assert.Equal("Hello Sara, your order of $10.00 will arrive on Monday as planned.", rendered["body"]!.GetValue<string>());
        Assert.Equal("thanks-A-17", rendered["buttons"]![0]!["payload"]!.GetValue<string>());
        Assert.Equal("https://shop.example/track/A-17", rendered["buttons"]![1]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Named_template_with_parameters_in_any_order_is_recorded_and_rendered()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.Receipt());
        var message = OutgoingMessage.Template(Customer, "receipt_named", "en",
            TemplateComponent.Header(TemplateParameter.Named("shop", "Lucky Shrub")),
            TemplateComponent.Body(TemplateParameter.Named("total", "$12.00"), TemplateParameter.Named("customer_name", "Sara")));

        var result = await host.Client.SendAsync(message, Token);

        var recorded = host.AssertRecordedAsSent(message, result);
        Assert.Equal("News from Lucky Shrub today", recorded.Rendered!["header"]!.GetValue<string>());
        Assert.Equal("Dear Sara, your total is $12.00 this week.", recorded.Rendered!["body"]!.GetValue<string>());
    }
}
