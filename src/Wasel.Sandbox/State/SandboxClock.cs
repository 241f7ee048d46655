namespace Wasel.Sandbox.State;

/// <summary>
/// The sandbox's notion of now: the host's <see cref="TimeProvider"/> plus an offset that the control API can
/// move forward, so that a test can step past the 24-hour window or a tier's 7 days without waiting.
/// </summary>
public sealed class SandboxClock(TimeProvider time)
{
    private long offsetTicks;

    public TimeProvider Time => time;

    public DateTimeOffset UtcNow => time.GetUtcNow() + Offset;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The sandbox clock only moves forward.");
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }

    public void Reset() => Interlocked.Exchange(ref offsetTicks, 0);

    /// <summary>Unix seconds as Meta writes them in webhooks: a string.</summary>
    public string UnixTimestamp() => UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
