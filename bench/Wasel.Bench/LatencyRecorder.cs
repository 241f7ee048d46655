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
        var all = perWorker.SelectMany(l => l).Order().ToArray();
        if (all.Length == 0) return (0, 0, 0, 0);
        double At(double q) => all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        return (all.Length, At(0.50), At(0.99), all[^1]);
    }
}
