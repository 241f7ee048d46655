using System.Text.Json.Serialization;

namespace Wasel.Sandbox.Control.Load;

public sealed record StartLoadRequest(
    [property: JsonPropertyName("customers")] int? Customers,
    [property: JsonPropertyName("rate_per_second")] double? RatePerSecond,
    [property: JsonPropertyName("seconds")] double? Seconds,
    [property: JsonPropertyName("language")] string? Language = null,
    [property: JsonPropertyName("wa_id_prefix")] string? WaIdPrefix = null);

/// <summary>Progress of a load run.</summary>
public sealed record LoadProgress(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("rate_per_second")] double RatePerSecond,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("wa_id_prefix")] string WaIdPrefix,
    [property: JsonPropertyName("expected")] long Expected,
    [property: JsonPropertyName("sent")] long Sent,
    [property: JsonPropertyName("elapsed_seconds")] double ElapsedSeconds,
    [property: JsonPropertyName("done")] bool Done,
    [property: JsonPropertyName("stopped")] bool Stopped,
    [property: JsonPropertyName("error")] string? Error);

/// <summary>One run of the load generator: its parameters, counters and the means to stop it.</summary>
internal sealed class LoadRun(string id, int customers, double rate, double seconds, string language, string prefix)
{
    private long sent;
    private long startedAt;
    private long endedAt;
    private volatile bool done;

    public string Id => id;
    public int Customers => customers;
    public double Rate => rate;
    public double Seconds => seconds;
    public string Language => language;
    public string Prefix => prefix;
    public long Expected => (long)Math.Floor(rate * seconds);
    public CancellationTokenSource Stopping { get; } = new();
    public bool Done => done;
    public string? Error { get; set; }

    public long Sent => Interlocked.Read(ref sent);

    public void Counted(long count) => Interlocked.Add(ref sent, count);

    public void Started(TimeProvider time) => startedAt = time.GetTimestamp();

    public void Finished(TimeProvider time)
    {
        endedAt = time.GetTimestamp();
        done = true;
    }

    public LoadProgress Progress(TimeProvider time)
    {
        var elapsed = startedAt == 0 ? TimeSpan.Zero : time.GetElapsedTime(startedAt, Done ? endedAt : time.GetTimestamp());
        return new LoadProgress(id, customers, rate, seconds, language, prefix, Expected, Sent, Math.Round(elapsed.TotalSeconds, 3), Done,
            Stopping.IsCancellationRequested, Error);
    }
}
