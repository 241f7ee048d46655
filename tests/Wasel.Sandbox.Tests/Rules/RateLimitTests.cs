using System.Net;
using Microsoft.Extensions.Time.Testing;
using Wasel.Sandbox.Tests.Graph;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Rules;

public class RateLimitTests
{
    [Fact]
    public async Task Over_the_throughput_per_second_a_send_is_refused_with_130429_until_the_second_passes()
    {
        var time = new FakeTimeProvider();
        await using var host = await SandboxHost.StartAsync(o => o.ThroughputPerSecond = 2, time);
        for (var i = 0; i < 3; i++) host.CustomerInWindow($"1555444000{i}");

        Assert.Equal(HttpStatusCode.OK, (await host.SendTextAsync("15554440000")).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.SendTextAsync("15554440001")).Status);
        var refused = await host.SendTextAsync("15554440002");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(130429, refused.ErrorCode);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await host.SendTextAsync("15554440002")).Status);
    }

    [Fact]
    public async Task High_throughput_level_uses_the_higher_limit()
    {
        var time = new FakeTimeProvider();
        await using var host = await SandboxHost.StartAsync(o => { o.ThroughputPerSecond = 1; o.HighThroughputPerSecond = 3; o.ThroughputLevel = "HIGH"; }, time);
        host.CustomerInWindow("15554440010");
        host.CustomerInWindow("15554440011");

        Assert.Equal(HttpStatusCode.OK, (await host.SendTextAsync("15554440010")).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.SendTextAsync("15554440011")).Status);
    }

    [Fact]
    public async Task Past_the_pair_burst_a_send_to_the_same_customer_is_refused_with_131056_until_a_token_returns()
    {
        var time = new FakeTimeProvider();
        await using var host = await SandboxHost.StartAsync(o => { o.PairBurst = 2; o.PairIntervalSeconds = 6; }, time);
        host.CustomerInWindow("15554440020");
        host.CustomerInWindow("15554440021");

        await host.SendTextAsync("15554440020");
        await host.SendTextAsync("15554440020");
        var refused = await host.SendTextAsync("15554440020");
        var otherCustomer = await host.SendTextAsync("15554440021");

        Assert.Equal(131056, refused.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, otherCustomer.Status);
        time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(HttpStatusCode.OK, (await host.SendTextAsync("15554440020")).Status);
    }
}
