using Wasel.WhatsApp.Resilience;

namespace Wasel.WhatsApp.Tests.Resilience;

public class PairRateDelayTests
{
    private static readonly WhatsAppOptions Options = new() { RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromMinutes(5) };

    [Theory]
    [InlineData(0, 4)]
    [InlineData(1, 16)]
    [InlineData(2, 64)]
    public void Waits_grow_as_powers_of_four(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), GraphRetryPolicy.PairRateDelay(attempt, Options, jitterSample: 0.5));

    [Fact]
    public void Jitter_spreads_the_wait_by_at_most_a_fifth()
    {
        Assert.Equal(TimeSpan.FromSeconds(3.2), GraphRetryPolicy.PairRateDelay(0, Options, jitterSample: 0));
        Assert.Equal(TimeSpan.FromSeconds(4.8), GraphRetryPolicy.PairRateDelay(0, Options, jitterSample: 1));
    }

    [Fact]
    public void Wait_is_capped_by_max_retry_delay() =>
        Assert.Equal(TimeSpan.FromMinutes(5), GraphRetryPolicy.PairRateDelay(5, Options, jitterSample: 0.5));
}
