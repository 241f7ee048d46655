using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.Rules;
using Wasel.Sandbox.Tests.Graph;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Rules;

public class QualityRatingTests
{
    private static async Task<string?> RatingAsync(SandboxHost host) =>
        (await host.Graph.GetJsonAsync($"{host.Options.PhoneNumberId}?fields=quality_rating")).Json.GetProperty("quality_rating").GetString();

    [Fact]
    public async Task Quality_falls_with_blocks_and_reports_and_recovers_as_they_age()
    {
        await using var host = await SandboxHost.StartAsync(o => { o.QualityYellowAfter = 2; o.QualityWindowHours = 168; });
        var quality = host.Services.GetRequiredService<QualityRating>();
        Assert.Equal("GREEN", await RatingAsync(host));

        quality.Record(NegativeFeedback.Block);
        quality.Record(NegativeFeedback.Report);
        Assert.Equal("YELLOW", await RatingAsync(host));

        host.State.Clock.Advance(TimeSpan.FromHours(100));
        quality.Record(NegativeFeedback.Block);
        quality.Record(NegativeFeedback.Block);
        Assert.Equal("RED", await RatingAsync(host));

        host.State.Clock.Advance(TimeSpan.FromHours(70));
        Assert.Equal("YELLOW", await RatingAsync(host));
        host.State.Clock.Advance(TimeSpan.FromHours(100));
        Assert.Equal("GREEN", await RatingAsync(host));
    }

    [Theory]
    [InlineData(0, "GREEN")]
    [InlineData(2, "GREEN")]
    [InlineData(3, "YELLOW")]
    [InlineData(6, "RED")]
    public void Rating_thresholds_are_yellow_at_the_setting_and_red_at_twice_it(int feedback, string rating) =>
        Assert.Equal(rating, QualityRating.RatingFor(feedback, 3));

    [Fact]
    public void Quality_webhook_says_flagged_and_the_current_tier()
    {
        var value = QualityUpdateWebhook.Build(new SandboxOptions { DisplayPhoneNumber = "15550001234" }, "FLAGGED", "TIER_250");

        Assert.Equal("FLAGGED", value["event"]!.GetValue<string>());
        Assert.Equal("TIER_250", value["max_daily_conversations_per_business"]!.GetValue<string>());
    }
}
