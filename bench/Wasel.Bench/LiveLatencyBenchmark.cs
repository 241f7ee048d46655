using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Wasel.Bench;

/// <summary>
/// Time from a customer's webhook to the inbox change that tells agents' screens, under load. Wasel runs as its own
/// process on PostgreSQL; this program LISTENs on the inbox channel as another node would, sends the webhook-ingest
/// mix (3 in 10 inbound messages, the rest statuses) at a constant rate, and for every inbound message measures from
/// the POST's scheduled time to the arrival of its Message change (matched by the message id Wasel stored for the
/// wamid). That covers signature check, group commit, the processor's claim, the batch commit, coalescing and NOTIFY:
/// everything before the Blazor circuit renders, and more than an agent on the same node waits (no NOTIFY hop).
/// </summary>
internal static class LiveLatencyBenchmark
{
    private const string AppSecret = "bench-app-secret";

    public static async Task<int> RunAsync(string[] args)
    {
        var rate = Arguments.Int(args, "rate", 1000);
        var seconds = Arguments.Int(args, "seconds", 15);
        var connections = Arguments.Int(args, "connections", 256);
        var warmup = Arguments.Int(args, "warmup", 5);
        var postgres = Arguments.Value(args, "postgres") ?? "Host=localhost;Username=wasel;Password=wasel";
        Console.WriteLine($"command: live-latency --rate {rate} --seconds {seconds} --connections {connections} --warmup {warmup}");
        Console.WriteLine($"date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, cores: {Environment.ProcessorCount}, load average at start: {WebhookIngestBenchmark.LoadAverage()}");

        var warm = warmup * rate / 2;
        var bodies = WebhookBodies.Build(warm + rate * seconds, AppSecret, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString("X", CultureInfo.InvariantCulture));
        var measured = new ArraySegment<SignedWebhook>(bodies, warm, bodies.Length - warm);
        var inboundAt = InboundWamids(measured); // wamid → index in the measured run

        await using var database = await BenchDatabase.CreateAsync("postgres", postgres);
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = database.Provider,
            ["ConnectionStrings__Wasel"] = database.ConnectionString,
            ["Sandbox__AppSecret"] = AppSecret,
            ["Demo__Seed"] = "false",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        await using var wasel = await ServerProcess.StartAsync("wasel-live", WebhookIngestBenchmark.DefaultWaselDll(), [], environment);

        var arrived = new ConcurrentDictionary<long, long>(); // message id → Stopwatch timestamp of its change
        await using var listener = new NpgsqlConnection(database.ConnectionString);
        await listener.OpenAsync();
        listener.Notification += (_, e) =>
        {
            var now = Stopwatch.GetTimestamp();
            using var json = JsonDocument.Parse(e.Payload);
            foreach (var change in json.RootElement.GetProperty("c").EnumerateArray())
                if (change[0].GetInt32() == 0 && change[4].ValueKind == JsonValueKind.Number) arrived.TryAdd(change[4].GetInt64(), now);
        };
        await using (var listen = new NpgsqlCommand("LISTEN wasel_inbox", listener)) await listen.ExecuteNonQueryAsync();
        using var stop = new CancellationTokenSource();
        var waiting = Task.Run(async () =>
        {
            try { while (true) await listener.WaitAsync(stop.Token); }
            catch (OperationCanceledException) { }
        });

        using var http = OpenLoopLoad.Client(connections);
        var url = new Uri(wasel.BaseAddress, "webhooks/whatsapp");
        await OpenLoopLoad.RunAsync(http, url, new ArraySegment<SignedWebhook>(bodies, 0, warm), rate / 2.0);
        long start = 0;
        var result = await OpenLoopLoad.RunAsync(http, url, measured, rate, s => start = s);
        Console.WriteLine($"load: offered {rate}/s for {result.Sent} webhooks ({inboundAt.Count} inbound messages); acks {result.Acks}, errors {result.Errors}; ack latency ms {result.Latency}");

        var settle = Stopwatch.StartNew();
        Dictionary<string, long> ids;
        while (true)
        {
            ids = await StoredInboundAsync(database.ConnectionString, inboundAt.Keys);
            if ((ids.Count == inboundAt.Count && ids.Values.All(arrived.ContainsKey)) || settle.Elapsed > TimeSpan.FromSeconds(60)) break;
            await Task.Delay(250);
        }
        await stop.CancelAsync();
        await waiting;

        var ticksPerRequest = Stopwatch.Frequency / (double)rate;
        var latencies = ids.Where(p => arrived.ContainsKey(p.Value))
            .Select(p => Stopwatch.GetElapsedTime(start + (long)(inboundAt[p.Key] * ticksPerRequest), arrived[p.Value]).TotalMilliseconds).ToList();
        var summary = LatencySummary.Of(latencies);
        var sorted = latencies.Order().ToArray();
        var p95 = sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(0.95 * sorted.Length))];
        Console.WriteLine($"webhook POST (scheduled) → Message change received over LISTEN, ms: {summary}, p95 {p95:F2} ({summary.Count} of {inboundAt.Count} inbound messages; {ids.Count} stored)");
        Console.WriteLine($"server log: {wasel.LogPath}; load average at end: {WebhookIngestBenchmark.LoadAverage()}");
        return summary.Count == inboundAt.Count && p95 <= 1000 ? 0 : 1;
    }

    private static Dictionary<string, int> InboundWamids(ArraySegment<SignedWebhook> bodies)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < bodies.Count; i++)
        {
            using var json = JsonDocument.Parse(bodies[i].Body);
            var value = json.RootElement.GetProperty("entry")[0].GetProperty("changes")[0].GetProperty("value");
            if (value.TryGetProperty("messages", out var messages)) result[messages[0].GetProperty("id").GetString()!] = i;
        }
        return result;
    }

    private static async Task<Dictionary<string, long>> StoredInboundAsync(string connectionString, IEnumerable<string> wamids)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "WaMessageId", "Id" FROM "Messages" WHERE "WaMessageId" = ANY($1)""", connection)
        {
            Parameters = { new NpgsqlParameter { Value = wamids.ToArray() } },
        };
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) result[reader.GetString(0)] = reader.GetInt64(1);
        return result;
    }
}
