using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.Rules;
using Wasel.Sandbox.Tests.Graph;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Rules;

public class MessagingLimitTests
{
    private static async Task<string> SendTemplateAsync(SandboxHost host, string to)
    {
        var answer = await host.SendAsync(JsonText.Fill("""{"messaging_product":"whatsapp","to":"<<0>>","type":"template","template":{"name":"weekly_news","language":{"code":"en"},"components":[{"type":"body","parameters":[{"type":"text","text":"Sara"}]}]}}""", to));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.MessageId;
    }

    private static async Task<string> OutcomeAsync(SandboxHost host, string messageId)
    {
        await GraphCalls.EventuallyAsync(() => host.State.FindMessage(messageId)?.Status is "delivered" or "failed", "a final status");
        var message = host.State.FindMessage(messageId)!;
        return message.Status == "failed" ? message.Error!["code"]!.ToString() : "delivered";
    }

    private static async Task<SandboxHost> StartAsync(MessagingLimitPolicy policy, string tiers)
    {
        var host = await SandboxHost.StartAsync(o => { o.MessagingLimitPolicy = policy; o.MessagingLimitTiers = tiers; o.TierUpgradeDelayHours = 0; });
        await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.Promotion);
        return host;
    }

    [Fact]
    public async Task A_new_customer_beyond_the_limit_in_24_hours_fails_with_131048_but_known_ones_and_open_windows_do_not()
    {
        await using var host = await StartAsync(MessagingLimitPolicy.Seed, "2,100");

        Assert.Equal("delivered", await OutcomeAsync(host, await SendTemplateAsync(host, "15557770001")));
        Assert.Equal("delivered", await OutcomeAsync(host, await SendTemplateAsync(host, "15557770002")));
        Assert.Equal("131048", await OutcomeAsync(host, await SendTemplateAsync(host, "15557770003")));
        Assert.Equal("delivered", await OutcomeAsync(host, await SendTemplateAsync(host, "15557770001")));
        host.CustomerInWindow("15557770004");
        Assert.Equal("delivered", await OutcomeAsync(host, await SendTemplateAsync(host, "15557770004")));

        host.State.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal("delivered", await OutcomeAsync(host, await SendTemplateAsync(host, "15557770003")));
    }

    [Theory]
    [InlineData(MessagingLimitPolicy.Portfolio)]
    [InlineData(MessagingLimitPolicy.PerNumber)]
    public async Task Half_the_limit_used_in_7_days_upgrades_the_tier(MessagingLimitPolicy policy)
    {
        await using var host = await StartAsync(policy, "4,8,unlimited");
        var limits = host.Services.GetRequiredService<MessagingLimits>();

        await SendTemplateAsync(host, "15557770011");
        Assert.Equal("TIER_4", limits.TierName);
        await SendTemplateAsync(host, "15557770012");

        Assert.Equal("TIER_8", limits.TierName);
        var phone = await host.Graph.GetJsonAsync($"{host.Options.PhoneNumberId}?fields=messaging_limit_tier,whatsapp_business_manager_messaging_limit");
        Assert.Equal("TIER_8", phone.Json.GetProperty("messaging_limit_tier").GetString());
        Assert.Equal("TIER_8", phone.Json.GetProperty("whatsapp_business_manager_messaging_limit").GetString());
    }

    [Fact]
    public async Task Upgrade_waits_for_the_upgrade_delay()
    {
        await using var host = await SandboxHost.StartAsync(o => { o.MessagingLimitTiers = "2,4"; o.TierUpgradeDelayHours = 6; });
        await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.Promotion);
        var limits = host.Services.GetRequiredService<MessagingLimits>();

        await SendTemplateAsync(host, "15557770021");
        Assert.Equal("TIER_2", limits.TierName);
        host.State.Clock.Advance(TimeSpan.FromHours(6));
        limits.Refresh();

        Assert.Equal("TIER_4", limits.TierName);
    }

    [Fact]
    public async Task No_upgrade_while_quality_is_red()
    {
        await using var host = await SandboxHost.StartAsync(o => { o.MessagingLimitTiers = "2,4"; o.TierUpgradeDelayHours = 0; o.QualityYellowAfter = 1; });
        await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.Promotion);
        var quality = host.Services.GetRequiredService<QualityRating>();
        quality.Record(NegativeFeedback.Block);
        quality.Record(NegativeFeedback.Report);

        await SendTemplateAsync(host, "15557770031");

        Assert.Equal("TIER_2", host.Services.GetRequiredService<MessagingLimits>().TierName);
    }

    [Fact]
    public async Task Seed_policy_upgrades_after_twice_the_limit_in_unique_customers_within_7_days()
    {
        await using var host = await StartAsync(MessagingLimitPolicy.Seed, "2,4");
        var limits = host.Services.GetRequiredService<MessagingLimits>();

        await SendTemplateAsync(host, "15557770041");
        await SendTemplateAsync(host, "15557770042");
        Assert.Equal("TIER_2", limits.TierName);
        host.State.Clock.Advance(TimeSpan.FromHours(25));
        await SendTemplateAsync(host, "15557770043");
        Assert.Equal("TIER_2", limits.TierName);
        await SendTemplateAsync(host, "15557770044");

        Assert.Equal("TIER_4", limits.TierName);
    }

    [Fact]
    public void Default_ladders_follow_meta_and_the_seed_article()
    {
        static string Names(MessagingLimitPolicy policy) =>
            string.Join(",", MessagingTiers.For(new SandboxOptions { MessagingLimitPolicy = policy }).Select(MessagingTiers.Name));

        Assert.Equal("TIER_250,TIER_2K,TIER_10K,TIER_100K,TIER_UNLIMITED", Names(MessagingLimitPolicy.Portfolio));
        Assert.Equal("TIER_250,TIER_1K,TIER_10K,TIER_100K,TIER_UNLIMITED", Names(MessagingLimitPolicy.PerNumber));
        Assert.Equal("TIER_1K,TIER_10K,TIER_100K", Names(MessagingLimitPolicy.Seed));
    }

    [Fact]
    public void Upgrade_webhook_names_old_and_new_tier()
    {
        var value = QualityUpdateWebhook.Build(new SandboxOptions { DisplayPhoneNumber = "15550001234" }, "UPGRADE", "TIER_2K", "TIER_250");

        Assert.Equal("""{"display_phone_number":"15550001234","event":"UPGRADE","current_limit":"TIER_2K","old_limit":"TIER_250","max_daily_conversations_per_business":"TIER_2K"}""", value.ToJsonString());
    }
}
