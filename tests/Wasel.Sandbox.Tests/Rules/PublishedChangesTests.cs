using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.Rules;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Tests.Graph;

namespace Wasel.Sandbox.Tests.Rules;

public class PublishedChangesTests
{
    private static string? Status(JsonObject value) => value["statuses"]?[0]?["status"]?.GetValue<string>();

    [Fact]
    public async Task A_delivered_message_publishes_sent_and_delivered_statuses_with_metadata_and_pricing()
    {
        await using var host = await PublishedChangesHost.StartAsync();
        var customer = host.State.GetOrAddCustomer("15550100001", () => new SimulatedCustomer { WaId = "15550100001", Name = "A" });
        lock (host.State.Sync) customer.LastInboundAt = host.State.Clock.UtcNow;

        var answer = await host.Graph.PostAsync($"{host.State.Settings.PhoneNumberId}/messages", """{"messaging_product":"whatsapp","to":"15550100001","text":{"body":"hi"}}""");

        var sent = await host.WaitForAsync("messages", v => Status(v) == "sent");
        var delivered = await host.WaitForAsync("messages", v => Status(v) == "delivered");
        Assert.Equal(host.State.Settings.PhoneNumberId, sent["metadata"]!["phone_number_id"]!.GetValue<string>());
        Assert.Equal(answer.MessageId, sent["statuses"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("free_customer_service", sent["statuses"]![0]!["pricing"]!["type"]!.GetValue<string>());
        Assert.NotNull(delivered["statuses"]![0]!["pricing"]);
        Assert.Null(delivered["statuses"]![0]!["conversation"]!["expiration_timestamp"]);
    }

    [Fact]
    public async Task A_free_form_message_outside_the_window_publishes_a_failed_status_with_131047()
    {
        await using var host = await PublishedChangesHost.StartAsync();

        await host.Graph.PostAsync($"{host.State.Settings.PhoneNumberId}/messages", """{"messaging_product":"whatsapp","to":"15550100002","text":{"body":"hi"}}""");

        var failed = await host.WaitForAsync("messages", v => Status(v) == "failed");
        Assert.Equal(131047, failed["statuses"]![0]!["errors"]![0]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Template_review_publishes_an_approved_status_update()
    {
        await using var host = await PublishedChangesHost.StartAsync();

        await host.Graph.PostAsync($"{host.State.Settings.WabaId}/message_templates", TemplateFixtures.Promotion);

        var update = await host.WaitForAsync("message_template_status_update", v => v["event"]?.GetValue<string>() == "APPROVED");
        Assert.Equal("weekly_news", update["message_template_name"]!.GetValue<string>());
        Assert.Equal("NONE", update["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Falling_quality_publishes_a_flagged_quality_update()
    {
        await using var host = await PublishedChangesHost.StartAsync(o => o.QualityYellowAfter = 1);

        host.Services.GetRequiredService<QualityRating>().Record(NegativeFeedback.Report);

        var update = await host.WaitForAsync("phone_number_quality_update", v => v["event"]?.GetValue<string>() == "FLAGGED");
        Assert.Equal("TIER_250", update["current_limit"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_tier_upgrade_publishes_an_upgrade_quality_update()
    {
        await using var host = await PublishedChangesHost.StartAsync(o => { o.MessagingLimitTiers = "2,4"; o.TierUpgradeDelayHours = 0; });
        await host.Graph.PostAsync($"{host.State.Settings.WabaId}/message_templates", TemplateFixtures.Promotion);
        await host.WaitForAsync("message_template_status_update", v => v["event"]?.GetValue<string>() == "APPROVED");

        await host.Graph.PostAsync($"{host.State.Settings.PhoneNumberId}/messages", """{"messaging_product":"whatsapp","to":"15550100003","type":"template","template":{"name":"weekly_news","language":{"code":"en"},"components":[{"type":"body","parameters":[{"type":"text","text":"Sara"}]}]}}""");

        var update = await host.WaitForAsync("phone_number_quality_update", v => v["event"]?.GetValue<string>() == "UPGRADE");
        Assert.Equal("TIER_4", update["current_limit"]!.GetValue<string>());
        Assert.Equal("TIER_2", update["old_limit"]!.GetValue<string>());
    }
}
