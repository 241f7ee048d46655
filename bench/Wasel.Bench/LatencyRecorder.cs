namespace Wasel.Bench;

/// <summary>Collects per-request latencies (one list per worker, merged at the end, so recording takes no lock).</summary>
internal sealed class LatencyRecorder
{
    private readonly List<List<double>> perWorker = [];

    public List<double> ForWorker()
    {
        var list = new List<double>(100_000);
        lock (perWorker) perWorker.Add(list);
        return list;
    }

    public (int Count, double P50, double P99, double Max) Summarise()
    {
        var s = LatencySummary.Of(perWorker.SelectMany(l => l));
        return (s.Count, s.P50, s.P99, s.Max);
    }
}

/// <summary>Percentiles of a set of latencies in milliseconds (nearest rank).</summary>
internal readonly record struct LatencySummary(int Count, double P50, double P90, double P99, double Max)
{
    public static LatencySummary Of(IEnumerable<double> latencies)
    {
        var all = latencies.Order().ToArray();
        if (all.Length == 0) return default;
        double At(double q) => all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        return new LatencySummary(all.Length, At(0.50), At(0.90), At(0.99), all[^1]);
    }

    public override string ToString() => $"p50 {P50:F2}, p90 {P90:F2}, p99 {P99:F2}, max {Max:F2}";
}
