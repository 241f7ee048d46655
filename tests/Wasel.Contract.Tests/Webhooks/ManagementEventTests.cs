using Microsoft.Extensions.DependencyInjection;
using Wasel.Contract.Tests.Infrastructure;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.Rules;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Contract.Tests.Webhooks;

/// <summary>Template status and phone-number quality changes published by the sandbox parse into the client's typed events.</summary>
public class ManagementEventTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approval_parses_into_a_template_status_update_with_reason_none()
    {
        await using var host = await ContractHost.StartAsync();

        var created = await host.Client.CreateTemplateAsync(SampleTemplates.OrderUpdate(), Token);
        var update = await host.Webhooks.WaitForAsync<TemplateStatusUpdate>(u => u.TemplateId == created.Id);

        Assert.Equal("APPROVED", update.Event);
        Assert.Equal("order_update", update.TemplateName);
        Assert.Equal("en_US", update.TemplateLanguage);
        Assert.Equal("UTILITY", update.TemplateCategory);
        Assert.Equal("NONE", update.Reason);
        Assert.Equal("message_template_status_update", update.Field);
        Assert.NotNull(update.EntryTime);
        Assert.Null(update.UnknownMembers);
    }

    [Fact]
    public async Task Rejection_parses_with_its_reason()
    {
        await using var host = await ContractHost.StartAsync(o => o.TemplateBannedWords = "arrive");

        var created = await host.Client.CreateTemplateAsync(SampleTemplates.OrderUpdate(), Token);
        var update = await host.Webhooks.WaitForAsync<TemplateStatusUpdate>(u => u.TemplateId == created.Id);

        Assert.Equal("REJECTED", update.Event);
        Assert.Equal("ABUSIVE_CONTENT", update.Reason);
    }

    [Fact]
    public async Task Pause_parses_into_a_paused_status_update()
    {
        await using var host = await ContractHost.StartAsync();
        var id = await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.OrderUpdate());

        host.Services.GetRequiredService<TemplateStore>().SetStatus(id, "PAUSED");
        var update = await host.Webhooks.WaitForAsync<TemplateStatusUpdate>(u => u.TemplateId == id && u.Event == "PAUSED");

        Assert.Equal("order_update", update.TemplateName);
    }

    [Fact]
    public async Task Falling_quality_parses_into_a_phone_number_quality_update()
    {
        await using var host = await ContractHost.StartAsync(o => o.QualityYellowAfter = 1);

        host.Services.GetRequiredService<QualityRating>().Record(NegativeFeedback.Report);
        var update = await host.Webhooks.WaitForAsync<PhoneNumberQualityUpdate>(_ => true);

        Assert.Equal("FLAGGED", update.Event);
        Assert.Equal("TIER_250", update.CurrentLimit);
        Assert.Equal(host.Settings.DisplayPhoneNumber, update.DisplayPhoneNumber);
    }
}
