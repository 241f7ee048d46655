namespace Wasel.Messaging;

public sealed class DispatchOptions
{
    public const string Section = "Dispatch";

    /// <summary>Messages claimed per round.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// Rounds (claim, send, record) this node runs at once: while one round sends, another records its answers in the
    /// database. Each round claims its own rows with a lease, as separate nodes do.
    /// </summary>
    public int RoundsInFlight { get; set; } = 2;

    /// <summary>Sends in flight at once in each round (Meta allows up to 80 or 1,000 messages per second per number).</summary>
    public int Parallelism { get; set; } = 32;

    /// <summary>How long a claimed row is held before another node may take it (a crashed node's rows come back).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// After a send whose outcome is unknown (timeout, crash mid-send), how long to wait for a status webhook to
    /// say whether WhatsApp took it, before sending again.
    /// </summary>
    public TimeSpan ReconcileWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a message that keeps failing with retryable errors is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Sends per second this node allows itself: the number's throughput (Meta: 80 by default, 1,000 when upgraded).
    /// Pacing here avoids bursts that WhatsApp would refuse with 130429. With several nodes, give each its share.
    /// </summary>
    public int MessagesPerSecond { get; set; } = 80;
}
