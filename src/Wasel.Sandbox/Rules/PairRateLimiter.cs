using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Rules;

/// <summary>
/// Messages from the business to one customer: a token bucket of <c>PairBurst</c> tokens refilled one per
/// <c>PairIntervalSeconds</c> (Meta: about one per 6 s, bursts of up to 45 borrowed from later). Empty → 131056.
/// </summary>
public sealed class PairRateLimiter
{
    private sealed class Bucket
    {
        public double Tokens;
        public DateTimeOffset UpdatedAt;
    }

    private readonly SandboxState state;
    private readonly Dictionary<string, Bucket> buckets = new(StringComparer.Ordinal);

    public PairRateLimiter(SandboxState state)
    {
        this.state = state;
        state.Resetting += () => { lock (buckets) buckets.Clear(); };
    }

    public bool TryTake(string waId)
    {
        var settings = state.Settings;
        var now = state.Clock.UtcNow;
        lock (buckets)
        {
            if (!buckets.TryGetValue(waId, out var bucket))
                buckets[waId] = bucket = new Bucket { Tokens = settings.PairBurst, UpdatedAt = now };
            var refill = settings.PairIntervalSeconds <= 0
                ? settings.PairBurst
                : (now - bucket.UpdatedAt).TotalSeconds / settings.PairIntervalSeconds;
            bucket.Tokens = Math.Min(settings.PairBurst, bucket.Tokens + refill);
            bucket.UpdatedAt = now;
            if (bucket.Tokens < 1) return false;
            bucket.Tokens -= 1;
            return true;
        }
    }
}
