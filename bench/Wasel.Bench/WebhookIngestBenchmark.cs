using System.Diagnostics;
using System.Globalization;

namespace Wasel.Bench;

/// <summary>
/// Webhook ingestion at a constant arrival rate: signed POST /webhooks/whatsapp against Wasel (Release, its own
/// process, a fresh SQLite file or PostgreSQL database) and, in the same run, against a bare endpoint that only checks
/// the signature (the ceiling on this machine). For Wasel it then checks durability (stored rows vs acknowledgements)
/// and times how long the processor takes to work off the backlog.
/// </summary>
internal static class WebhookIngestBenchmark
{
    private const string AppSecret = "bench-app-secret";

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Arguments.Value(args, "provider") ?? "sqlite";
        var rate = Arguments.Int(args, "rate", 3300);
        var seconds = Arguments.Int(args, "seconds", 15);
        var connections = Arguments.Int(args, "connections", 256);
        var warmup = Arguments.Int(args, "warmup", 10);
        var drainLimit = Arguments.Int(args, "drain-seconds", 300);
        var postgres = Arguments.Value(args, "postgres") ?? "Host=localhost;Username=wasel;Password=wasel";
        var waselDll = Arguments.Value(args, "wasel") ?? DefaultWaselDll();
        var only = Arguments.Value(args, "only"); // wasel | bare, to rerun one side

        Console.WriteLine($"command: webhook-ingest --provider {provider} --rate {rate} --seconds {seconds} --connections {connections} --warmup {warmup}");
        Console.WriteLine($"date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, cores: {Environment.ProcessorCount}, load average at start: {LoadAverage()}");

        var warm = warmup * rate / 2; // warm-up runs at half the rate
        var bodies = WebhookBodies.Build(warm + rate * seconds, AppSecret, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString("X", CultureInfo.InvariantCulture));
        var warmBodies = new ArraySegment<SignedWebhook>(bodies, 0, warm);
        var measured = new ArraySegment<SignedWebhook>(bodies, warm, bodies.Length - warm);
        Console.WriteLine($"bodies: {bodies.Length} ({bodies.Average(b => b.Body.Length):F0} bytes on average), warm-up {warm} at {rate / 2}/s, then {measured.Count} at {rate}/s");
        using var http = OpenLoopLoad.Client(connections);
        var ok = true;

        if (only != "wasel")
        {
            var bench = typeof(WebhookIngestBenchmark).Assembly.Location;
            await using var bare = await ServerProcess.StartAsync("bare", bench, ["bare-endpoint", "--app-secret", AppSecret], new Dictionary<string, string>());
            var url = new Uri(bare.BaseAddress, "webhooks/whatsapp");
            await OpenLoopLoad.RunAsync(http, url, warmBodies, rate / 2.0);
            var result = await OpenLoopLoad.RunAsync(http, url, measured, rate);
            Print("bare endpoint (signature check only)", result);
            ok &= result.Errors == 0;
        }

        if (only != "bare")
        {
            await using var database = await BenchDatabase.CreateAsync(provider, postgres);
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = database.Provider,
                ["ConnectionStrings__Wasel"] = database.ConnectionString,
                ["Sandbox__AppSecret"] = AppSecret,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            };
            await using var wasel = await ServerProcess.StartAsync("wasel", waselDll, [], environment);
            var url = new Uri(wasel.BaseAddress, "webhooks/whatsapp");
            var clock = Stopwatch.StartNew();
            var warmResult = await OpenLoopLoad.RunAsync(http, url, warmBodies, rate / 2.0);
            var result = await OpenLoopLoad.RunAsync(http, url, measured, rate);
            Print($"Wasel on {database.Provider}", result);
            var loadEnded = clock.Elapsed;

            var (stored, pending, _) = await database.CountWebhooksAsync();
            var acks = warmResult.Acks + result.Acks;
            var durable = stored >= acks;
            Console.WriteLine($"  durability: {acks} acknowledged (warm-up included), {stored} rows stored: {(stored == acks ? "equal" : durable ? "more rows than acks (requests that errored client-side were stored)" : "ROWS MISSING")}");
            Console.WriteLine($"  backlog when the load ended: {pending} of {stored} still to process");
            long failed;
            while (true)
            {
                (stored, pending, failed) = await database.CountWebhooksAsync();
                if (pending == 0 || clock.Elapsed - loadEnded > TimeSpan.FromSeconds(drainLimit)) break;
                await Task.Delay(250);
            }
            var drained = clock.Elapsed;
            Console.WriteLine(pending == 0
                ? $"  backlog processed {(drained - loadEnded).TotalSeconds:F1} s after the load ended; {stored / drained.TotalSeconds:F0} webhooks/s processed on average from the first request; {failed} with errors"
                : $"  backlog NOT processed within {drainLimit} s: {pending} left ({(stored - pending) / drained.TotalSeconds:F0}/s processed on average); {failed} with errors");
            Console.WriteLine($"  server log: {wasel.LogPath}");
            ok &= durable && result.Errors == 0;
        }
        Console.WriteLine($"load average at end: {LoadAverage()}");
        return ok ? 0 : 1;
    }

    private static void Print(string name, OpenLoopResult r)
    {
        Console.WriteLine($"{name}:");
        Console.WriteLine($"  offered {r.OfferedRate:F0}/s for {r.Sent} requests; acks {r.Acks} in {r.Seconds:F2} s = {r.AcksPerSecond:F0}/s; errors {r.Errors}{(r.Errors > 0 ? " (" + r.ErrorKinds + ")" : "")}");
        Console.WriteLine($"  ack latency ms from scheduled send: {r.Latency}");
        Console.WriteLine($"  generator send lag ms: {r.SendLag}");
    }

    internal static string DefaultWaselDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Wasel.slnx"))) dir = dir.Parent;
        var dll = Path.Combine(dir?.FullName ?? ".", "artifacts", "bin", "Wasel", "release", "Wasel.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build Wasel first (dotnet build -c Release src/Wasel) or pass --wasel <path to Wasel.dll>; not found: {dll}");
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
