using Wasel.Contract.Tests.Infrastructure;
using Wasel.Sandbox.State;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Contract.Tests.Webhooks;

/// <summary>Sends the sandbox accepts and then fails: the failed status parses into the client's typed error.</summary>
public class FailedStatusTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Free_form_outside_the_window_is_accepted_then_fails_with_131047_which_asks_for_a_template()
    {
        await using var host = await ContractHost.StartAsync();

        var accepted = await host.Client.SendAsync(OutgoingMessage.Text("15550100030", "Are you still there?").WithCallbackData("outbox-9"), Token);
        var failed = await host.Webhooks.WaitForAsync<MessageStatus>(s => s.Id == accepted.MessageId && s.State == DeliveryState.Failed);

        var error = Assert.Single(failed.Errors!);
        Assert.Equal(131047, error.Code);
        Assert.Equal(error.Title, error.Message);
        Assert.Equal("/documentation/business-messaging/whatsapp/support/error-codes", error.Href);
        Assert.Contains("24 hours", error.Description);
        Assert.Equal("15550100030", failed.RecipientId);
        Assert.Equal("outbox-9", failed.BizOpaqueCallbackData);
        Assert.Equal(host.Settings.PhoneNumberId, failed.PhoneNumberId);
        Assert.Equal(host.Settings.DisplayPhoneNumber, failed.DisplayPhoneNumber);
        Assert.Contains("template", WhatsAppErrorCatalog.Explain(error.Code).WhatToDo);
        Assert.False(WhatsAppErrorCatalog.Explain(error.Code).Retryable);
    }

    [Fact]
    public async Task Message_to_a_number_not_on_WhatsApp_fails_with_131026()
    {
        await using var host = await ContractHost.StartAsync();
        var customer = host.CustomerWhoJustWrote("15550100031");
        lock (host.State.Sync) customer.OnWhatsApp = false;

        var accepted = await host.Client.SendAsync(OutgoingMessage.Text("15550100031", "Hello"), Token);
        var failed = await host.Webhooks.WaitForAsync<MessageStatus>(s => s.Id == accepted.MessageId && s.State == DeliveryState.Failed);

        Assert.Equal(131026, Assert.Single(failed.Errors!).Code);
        Assert.False(WhatsAppErrorCatalog.Explain(131026).Retryable);
    }

    [Fact]
    public async Task Reaction_to_an_unknown_message_is_accepted_then_fails_with_131009()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote("15550100032");

        var accepted = await host.Client.SendAsync(OutgoingMessage.React("15550100032", "wamid.unknown", "\U0001F44D"), Token);
        var failed = await host.Webhooks.WaitForAsync<MessageStatus>(s => s.Id == accepted.MessageId && s.State == DeliveryState.Failed);

        Assert.Equal(131009, Assert.Single(failed.Errors!).Code);
    }

    [Fact]
    public async Task Template_to_a_new_customer_beyond_the_messaging_limit_fails_with_131048()
    {
        await using var host = await ContractHost.StartAsync(o => o.MessagingLimitTiers = "1,2");
        await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.Receipt());
        OutgoingMessage Receipt(string to) => OutgoingMessage.Template(to, "receipt_named", "en",
            TemplateComponent.Header(TemplateParameter.Named("shop", "Lucky Shrub")),
            TemplateComponent.Body(TemplateParameter.Named("customer_name", "Sara"), TemplateParameter.Named("total", "$12.00")));

        var first = await host.Client.SendAsync(Receipt("15550100033"), Token);
        var second = await host.Client.SendAsync(Receipt("15550100034"), Token);
        var failed = await host.Webhooks.WaitForAsync<MessageStatus>(s => s.Id == second.MessageId && s.State == DeliveryState.Failed);

        Assert.Equal(131048, Assert.Single(failed.Errors!).Code);
        Assert.Contains("limit", failed.Errors![0].Description);
        Assert.Null(host.Recorded(first.MessageId).Error);
        Assert.Equal(WhatsAppErrorCatalog.Explain(131048).Meaning, WhatsAppErrorCatalog.Explain(failed.Errors[0].Code).Meaning);
    }
}
