using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Wasel.Messaging;

/// <summary>Keeps this node's sends within <see cref="DispatchOptions.MessagesPerSecond"/>, spread over the second.</summary>
public sealed class SendPacer : IDisposable
{
    private readonly TokenBucketRateLimiter limiter;

    public SendPacer(IOptions<DispatchOptions> options)
    {
        // 95% of the allowance: WhatsApp counts over its own sliding second, and our timer's jitter against it would
        // otherwise push an occasional second just over the limit (130429).
        var perSecond = Math.Max(1, (int)(options.Value.MessagesPerSecond * 0.95));
        // Refilled fifty times a second, so a second's allowance is not spent in its first millisecond.
        var perTick = Math.Max(1, perSecond / 50);
        limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perTick,
            TokensPerPeriod = perTick,
            ReplenishmentPeriod = TimeSpan.FromSeconds((double)perTick / perSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public async ValueTask WaitTurnAsync(CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
    }

    public void Dispose() => limiter.Dispose();
}
