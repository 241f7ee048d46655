namespace Wasel.Tests.Infrastructure;

/// <summary>
/// Real time plus an offset a test can move forward: Wasel and its embedded sandbox share it, so stepping past the
/// 24-hour window moves both sides at once, while timers and delays keep running in real time.
/// </summary>
public sealed class ShiftableTime : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
