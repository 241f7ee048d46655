using System.Diagnostics;

namespace Wasel.Messaging;

/// <summary>
/// Whether webhook acknowledgements are slow right now. WhatsApp wants them fast (a median of 250 ms at most, and it
/// retries slow ones), and what was acknowledged is safe in the database, so while they are slow the processor on this
/// node leaves the CPU and the database to the intake and catches up afterwards.
/// </summary>
public sealed class IntakePressure
{
    /// <summary>A stored batch whose oldest webhook waited longer than this for its commit counts as slow.</summary>
    public static readonly TimeSpan SlowAck = TimeSpan.FromMilliseconds(10);

    /// <summary>How long one slow batch keeps the pressure on.</summary>
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(1);

    private long highUntil;

    public void Report(TimeSpan oldestWait)
    {
        if (oldestWait > SlowAck) Volatile.Write(ref highUntil, Stopwatch.GetTimestamp() + (long)(Hold.TotalSeconds * Stopwatch.Frequency));
    }

    public bool High => Stopwatch.GetTimestamp() < Volatile.Read(ref highUntil);
}
