namespace Wasel.Sandbox.Tests.Webhooks;

public class RedeliveryTests
{
    [Fact]
    public async Task Refused_webhook_is_redelivered_until_accepted()
    {
        await using var scenario = await WebhookScenario.StartAsync();
        scenario.Receiver.RefuseNext(3);
        scenario.PublishStatus("wamid.retry", "sent");

        await scenario.Receiver.WaitForAsync("messages", _ => true);
        Assert.Equal(4, scenario.Receiver.Attempts);
        var record = scenario.Log.Recent(10).Single();
        Assert.Equal("delivered", record.State);
        Assert.Equal(4, record.Attempts);
        Assert.Equal(200, record.LastStatusCode);
    }

    [Fact]
    public async Task Failing_webhook_does_not_hold_up_later_ones()
    {
        await using var scenario = await WebhookScenario.StartAsync(o =>
        {
            o.WebhookSenders = 1;
            o.WebhookRetryInitialDelayMs = 60_000;
        });
        scenario.Receiver.RefuseNext(1);
        scenario.PublishStatus("wamid.first", "sent");
        await Eventually.TrueAsync(() => scenario.Receiver.Attempts == 1, "the first POST was refused");
        scenario.PublishStatus("wamid.second", "sent");

        await Eventually.TrueAsync(() => scenario.StatusesReceivedFor("wamid.second").Count == 1, "the second change arrived");
        Assert.Empty(scenario.StatusesReceivedFor("wamid.first"));
        Assert.Contains(scenario.Log.Recent(10), r => r.State == "retrying");
    }

    [Fact]
    public async Task Webhook_is_dropped_and_recorded_once_the_retry_horizon_has_passed()
    {
        await using var scenario = await WebhookScenario.StartAsync(o => o.WebhookRetryHorizonHours = 36);
        scenario.Receiver.RefuseNext(int.MaxValue);
        scenario.PublishStatus("wamid.drop", "sent");
        await Eventually.TrueAsync(() => scenario.Log.Recent(10).Any(r => r.State == "retrying"), "a redelivery is scheduled");

        scenario.Host.State.Clock.Advance(TimeSpan.FromHours(37));

        await Eventually.TrueAsync(() => scenario.Log.Recent(10).Any(r => r.State == "dropped"), "the delivery is dropped");
        var record = scenario.Log.Recent(10).Single();
        Assert.Equal(500, record.LastStatusCode);
        Assert.NotNull(record.LastError);
        var attempts = scenario.Receiver.Attempts;
        Assert.Empty(scenario.Receiver.Received);
        Assert.Equal(attempts, record.Attempts);
    }

    [Fact]
    public async Task Tiny_horizon_drops_without_advancing_the_clock()
    {
        await using var scenario = await WebhookScenario.StartAsync(o => o.WebhookRetryHorizonHours = 0.0001);
        scenario.Receiver.RefuseNext(int.MaxValue);
        scenario.PublishStatus("wamid.tiny", "sent");

        await Eventually.TrueAsync(() => scenario.Log.Recent(10).Any(r => r.State == "dropped"), "the delivery is dropped");
        Assert.True(scenario.Receiver.Attempts >= 1);
    }

    [Fact]
    public async Task Duplicate_rate_one_sends_every_webhook_twice()
    {
        await using var scenario = await WebhookScenario.StartAsync(o => o.DuplicateWebhookRate = 1);
        scenario.PublishStatus("wamid.dup", "delivered");

        await Eventually.TrueAsync(() => scenario.StatusesReceivedFor("wamid.dup").Count == 2, "the change arrived twice");
        var bodies = scenario.Receiver.Received.Select(h => h.Text).Distinct().ToList();
        Assert.Single(bodies);
        Assert.True(scenario.Log.Recent(10).Single().Duplicated);
    }

    [Fact]
    public async Task Out_of_order_rate_one_lets_the_later_status_arrive_first()
    {
        await using var scenario = await WebhookScenario.StartAsync(o => o.OutOfOrderStatusRate = 1);
        scenario.PublishStatus("wamid.order", "sent");
        scenario.PublishStatus("wamid.order", "delivered");

        await Eventually.TrueAsync(() => scenario.StatusesReceivedFor("wamid.order").Count == 2, "both statuses arrived");
        Assert.Equal(["delivered", "sent"], scenario.StatusesReceivedFor("wamid.order"));
    }

    [Fact]
    public async Task Reset_forgets_webhooks_waiting_for_redelivery()
    {
        await using var scenario = await WebhookScenario.StartAsync(o => o.WebhookRetryInitialDelayMs = 300);
        scenario.Receiver.RefuseNext(1);
        scenario.PublishStatus("wamid.before-reset", "sent");
        await Eventually.TrueAsync(() => scenario.Log.Recent(10).Any(r => r.State == "retrying"), "a redelivery is scheduled");

        scenario.Host.State.Reset();
        scenario.PublishStatus("wamid.after-reset", "sent");

        await Eventually.TrueAsync(() => scenario.StatusesReceivedFor("wamid.after-reset").Count == 1, "the new change arrived");
        await Task.Delay(600, TestContext.Current.CancellationToken); // past the 300 ms (±50%) the old one would have waited
        Assert.Empty(scenario.StatusesReceivedFor("wamid.before-reset"));
    }

    [Fact]
    public async Task Held_back_status_is_sent_anyway_when_no_later_status_comes()
    {
        await using var scenario = await WebhookScenario.StartAsync(o =>
        {
            o.OutOfOrderStatusRate = 1;
            o.OutOfOrderHoldMs = 50;
        });
        scenario.PublishStatus("wamid.alone", "read");

        await Eventually.TrueAsync(() => scenario.StatusesReceivedFor("wamid.alone").Count == 1, "the held status arrived");
    }
}
