using Microsoft.Extensions.Time.Testing;
using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;

namespace Wasel.Contract.Tests.Errors;

/// <summary>
/// Throughput (130429) and pair-rate (131056) refusals are retried by the client. The sandbox runs on a clock that only
/// moves when the test moves it, so a window never passes by itself between attempts.
/// </summary>
public class RateLimitTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Throughput_refusal_is_retried_then_given_up_with_130429()
    {
        await using var host = await ContractHost.StartAsync(o => o.ThroughputPerSecond = 1, o => o.MaxRetries = 3, new FakeTimeProvider());
        host.CustomerWhoJustWrote("15550100011");
        host.CustomerWhoJustWrote("15550100012");
        await host.Client.SendAsync(OutgoingMessage.Text("15550100011", "first"), Token);

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            host.Client.SendAsync(OutgoingMessage.Text("15550100012", "second"), Token))).Error;

        Assert.Equal(130429, error.Code);
        Assert.Equal(WhatsAppErrorCatalog.Explain(130429), error.Explanation);
        Assert.True(error.Explanation.Retryable);
        Assert.Equal(1 + 1 + 3, host.Requests.Count("/messages"));
    }

    [Fact]
    public async Task Throughput_refusal_is_retried_until_the_next_second_lets_the_send_through()
    {
        var time = new FakeTimeProvider();
        await using var host = await ContractHost.StartAsync(o => o.ThroughputPerSecond = 1, o => o.MaxRetries = 5, time);
        host.CustomerWhoJustWrote("15550100011");
        host.CustomerWhoJustWrote("15550100012");
        await host.Client.SendAsync(OutgoingMessage.Text("15550100011", "first"), Token);
        // The second send's first attempt is refused; the next second starts before its second attempt.
        host.Requests.OnRequest = (_, path) =>
        {
            if (path.EndsWith("/messages", StringComparison.Ordinal) && host.Requests.Count("/messages") == 3) time.Advance(TimeSpan.FromSeconds(1));
        };

        var result = await host.Client.SendAsync(OutgoingMessage.Text("15550100012", "second"), Token);

        Assert.Equal("15550100012", result.WaId);
        Assert.Equal(3, host.Requests.Count("/messages"));
    }

    [Fact]
    public async Task Pair_rate_refusal_is_retried_then_given_up_with_131056()
    {
        await using var host = await ContractHost.StartAsync(o => { o.PairBurst = 1; o.PairIntervalSeconds = 6; }, o => o.MaxRetries = 2, new FakeTimeProvider());
        host.CustomerWhoJustWrote("15550100013");
        await host.Client.SendAsync(OutgoingMessage.Text("15550100013", "first"), Token);

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            host.Client.SendAsync(OutgoingMessage.Text("15550100013", "second"), Token))).Error;

        Assert.Equal(131056, error.Code);
        Assert.Equal(WhatsAppErrorCatalog.Explain(131056), error.Explanation);
        Assert.Equal(1 + 1 + 2, host.Requests.Count("/messages"));
    }
}
