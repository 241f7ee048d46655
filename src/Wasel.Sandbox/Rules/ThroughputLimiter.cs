using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Rules;

/// <summary>
/// Messages per second of the business number over a sliding one-second window (Meta: 80/s, 1,000/s when upgraded);
/// over it a send is refused with 130429.
/// </summary>
public sealed class ThroughputLimiter
{
    private readonly SandboxState state;
    private readonly Queue<DateTimeOffset> recent = new();

    public ThroughputLimiter(SandboxState state)
    {
        this.state = state;
        state.Resetting += () => { lock (recent) recent.Clear(); };
    }

    public int CurrentLimit => state.Settings.ThroughputLevel == "HIGH"
        ? state.Settings.HighThroughputPerSecond
        : state.Settings.ThroughputPerSecond;

    /// <summary>Takes a slot for one message now; false when the number has used its throughput for this second.</summary>
    public bool TryTake()
    {
        var now = state.Clock.UtcNow;
        lock (recent)
        {
            while (recent.Count > 0 && now - recent.Peek() >= TimeSpan.FromSeconds(1)) recent.Dequeue();
            if (recent.Count >= CurrentLimit) return false;
            recent.Enqueue(now);
            return true;
        }
    }
}
