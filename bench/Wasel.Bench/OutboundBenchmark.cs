using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Wasel.Bench;

/// <summary>
/// Outbound messages per second through Wasel's whole send path: POST /api/v1/conversations/{id}/messages (validated,
/// queued durably) → dispatcher → Cloud API client → the embedded sandbox over HTTP, until the sandbox has accepted
/// each one (its wamid is recorded). Wasel runs as its own process on a fresh database; customers first write to the
/// business through the sandbox so that every conversation has an open 24-hour window.
/// </summary>
internal static class OutboundBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Arguments.Value(args, "provider") ?? "sqlite";
        var customers = Arguments.Int(args, "customers", 2000);
        var perCustomer = Arguments.Int(args, "per-customer", 10);
        var concurrency = Arguments.Int(args, "concurrency", 64);
        var throughput = Arguments.Int(args, "throughput", 1000);
        var postgres = Arguments.Value(args, "postgres") ?? "Host=localhost;Username=wasel;Password=wasel";
        // all: intake and dispatch at once, end to end. drain: intake with dispatch paused, then a dispatcher node
        // alone drains the filled queue (each stage's own ceiling).
        var stage = Arguments.Value(args, "stage") ?? "all";
        var batch = Arguments.Int(args, "batch", 1); // messages per request: above 1, through POST /api/v1/messages/batch
        // A node's first seconds go largely to compiling its code (the runtime's JIT counters show it), which a
        // long-running node has long done: the steady rate leaves them out.
        var warmup = TimeSpan.FromSeconds(Arguments.Int(args, "warmup-seconds", 15));
        var dll = Arguments.Value(args, "wasel") ?? WebhookIngestBenchmark.DefaultWaselDll(); // another build, for a before/after pair
        if (stage is not ("all" or "drain")) throw new ArgumentException($"--stage must be all or drain, got '{stage}'.");
        var total = customers * perCustomer;
        Console.WriteLine($"command: outbound --provider {provider} --customers {customers} --per-customer {perCustomer} --concurrency {concurrency} --throughput {throughput} --stage {stage} --batch {batch} --warmup-seconds {warmup.TotalSeconds:F0}");
        Console.WriteLine($"date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, cores: {Environment.ProcessorCount}, load average at start: {WebhookIngestBenchmark.LoadAverage()}");

        await using var database = await BenchDatabase.CreateAsync(provider, postgres);
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = database.Provider,
            ["ConnectionStrings__Wasel"] = database.ConnectionString,
            ["Demo__Seed"] = "false",
            // The sandbox enforces the number's throughput: Meta's upgraded 1,000/s by default here.
            ["Sandbox__ThroughputLevel"] = "HIGH",
            ["Sandbox__HighThroughputPerSecond"] = throughput.ToString(CultureInfo.InvariantCulture),
            // Wasel paces its sends to the number's throughput, as it would be configured for such a number.
            ["Dispatch__MessagesPerSecond"] = throughput.ToString(CultureInfo.InvariantCulture),
            ["Sandbox__DeliveredDelayMs"] = "0",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        var key = await CreateApiKeyAsync(dll, environment);
        var intakeEnvironment = new Dictionary<string, string>(environment);
        if (stage == "drain") intakeEnvironment["Messaging__DispatchMessages"] = "false";
        await using var wasel = await ServerProcess.StartAsync("wasel-outbound", dll, [], intakeEnvironment);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = wasel.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var conversations = await OpenConversationsAsync(http, database, customers);
        Console.WriteLine($"setup: {customers} customers wrote first; {conversations.Length} conversations open");

        var recorder = new LatencyRecorder();
        var clock = Stopwatch.StartNew();
        var next = -1;
        long refused = 0;
        // End to end, the count of accepted messages is followed from the first POST on.
        var endToEnd = stage == "all" ? FollowAsync(database, clock, TimeSpan.Zero, () => total - Interlocked.Read(ref refused)) : null;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = recorder.ForWorker();
            int i;
            while ((i = Interlocked.Add(ref next, batch) - batch + 1) < total)
            {
                var count = Math.Min(batch, total - i);
                var started = Stopwatch.GetTimestamp();
                if (batch == 1)
                {
                    using var response = await http.PostAsJsonAsync($"api/v1/conversations/{conversations[i % conversations.Length]}/messages", Text(i));
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref refused);
                }
                else
                {
                    var items = Enumerable.Range(i, count).Select(j => new { conversation_id = conversations[j % conversations.Length], message = Text(j) });
                    using var response = await http.PostAsJsonAsync("api/v1/messages/batch", new { messages = items });
                    var results = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonNode>())!["results"]!.AsArray() : [];
                    Interlocked.Add(ref refused, count - results.Count(r => r!["status"]!.GetValue<int>() == 202));
                }
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        var enqueued = clock.Elapsed;
        var api = recorder.Summarise();
        Console.WriteLine($"API{(stage == "drain" ? " (dispatch paused)" : "")}: {total} messages in {enqueued.TotalSeconds:F1} s = {total / enqueued.TotalSeconds:F0}/s, {batch} per POST (202s: {total - refused}, refused: {refused}); POST latency ms p50 {api.P50:F1}, p99 {api.P99:F1}, max {api.Max:F1}");

        await using var dispatcher = stage == "drain" ? await StartDispatcherNodeAsync(dll, environment, wasel.BaseAddress) : null;
        var acceptedBefore = dispatcher is null ? 0 : await database.ScalarAsync(AcceptedSql);
        var timeline = await (endToEnd ?? FollowAsync(database, clock, clock.Elapsed, () => total - refused));
        var (took, accepted) = timeline[^1];
        var failed = await database.ScalarAsync("""SELECT COUNT(*) FROM "Messages" WHERE "Direction" = 'Outbound' AND "State" = 'Failed'""");

        Console.WriteLine(dispatcher is null
            ? $"accepted by WhatsApp (wamid recorded): {accepted} of {total} in {took.TotalSeconds:F1} s = {accepted / took.TotalSeconds:F0} messages/s end to end; failed: {failed}"
            : $"dispatcher drain of the filled queue: {accepted - acceptedBefore} accepted by WhatsApp in {took.TotalSeconds:F1} s = {(accepted - acceptedBefore) / took.TotalSeconds:F0} messages/s ({accepted} of {total} in all); failed: {failed}");
        Console.WriteLine(SteadyRate(timeline, warmup));
        Console.WriteLine($"server log: {wasel.LogPath}{(dispatcher is null ? "" : "; dispatcher log: " + dispatcher.LogPath)}; load average at end: {WebhookIngestBenchmark.LoadAverage()}");
        return refused == 0 && accepted == total ? 0 : 1;
    }

    /// <summary>Counts accepted messages every 100 ms from <paramref name="from"/> until all expected are in, or ten minutes pass.</summary>
    private static async Task<List<(TimeSpan At, long Accepted)>> FollowAsync(BenchDatabase database, Stopwatch clock, TimeSpan from, Func<long> expected)
    {
        var timeline = new List<(TimeSpan At, long Accepted)>();
        while (true)
        {
            var accepted = await database.ScalarAsync(AcceptedSql);
            timeline.Add((clock.Elapsed - from, accepted));
            if (accepted >= expected() || clock.Elapsed - from > TimeSpan.FromMinutes(10)) return timeline;
            await Task.Delay(100);
        }
    }

    /// <summary>Messages accepted per second in 5-second windows, and the rate once the warm-up is over.</summary>
    private static string SteadyRate(List<(TimeSpan At, long Accepted)> timeline, TimeSpan warmup)
    {
        var windows = new List<string>();
        var start = timeline[0];
        foreach (var point in timeline.Skip(1))
        {
            if (point.At - start.At < TimeSpan.FromSeconds(5) && point != timeline[^1]) continue;
            windows.Add(((point.Accepted - start.Accepted) / (point.At - start.At).TotalSeconds).ToString("F0", CultureInfo.InvariantCulture));
            start = point;
        }
        var line = $"per 5 s: {string.Join(", ", windows)}";
        var from = timeline.FirstOrDefault(p => p.At >= warmup);
        var end = timeline[^1];
        if (from == default || end.At - from.At < TimeSpan.FromSeconds(5)) return line + $"; too short for a steady rate after {warmup.TotalSeconds:F0} s of warm-up";
        return line + $"; steady after {warmup.TotalSeconds:F0} s of warm-up: {end.Accepted - from.Accepted} in {(end.At - from.At).TotalSeconds:F1} s = {(end.Accepted - from.Accepted) / (end.At - from.At).TotalSeconds:F0} messages/s";
    }

    private static object Text(int i) => new { type = "text", text = new { body = $"Order #{i} is on its way" } };

    private const string AcceptedSql = """SELECT COUNT(*) FROM "Messages" WHERE "Direction" = 'Outbound' AND "WaMessageId" IS NOT NULL""";

    /// <summary>
    /// A second Wasel node on the same database that only dispatches, to the first node's sandbox (as to Meta's
    /// Cloud API), whose status webhooks go on to the first node. Started once the queue is full, so the time it takes
    /// is the dispatcher's own drain rate.
    /// </summary>
    private static Task<ServerProcess> StartDispatcherNodeAsync(string dll, Dictionary<string, string> environment, Uri sandboxNode)
    {
        var dispatcher = new Dictionary<string, string>(environment)
        {
            ["Messaging__ProcessWebhooks"] = "false",
            ["WhatsApp__BaseUrl"] = new Uri(sandboxNode, "sandbox/graph").ToString(),
            ["WhatsApp__AccessToken"] = "sandbox-access-token",
            ["WhatsApp__PhoneNumberId"] = "1550000000001",
            ["WhatsApp__AppSecret"] = "sandbox-app-secret",
        };
        return ServerProcess.StartAsync("wasel-dispatcher", dll, [], dispatcher);
    }

    private static async Task<long[]> OpenConversationsAsync(HttpClient http, BenchDatabase database, int customers)
    {
        await Parallel.ForAsync(0, customers, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var waId = "9665" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture);
            (await http.PostAsJsonAsync("sandbox/api/customers", new { wa_id = waId, name = $"Customer {i}", language = i % 2 == 0 ? "ar" : "en" })).EnsureSuccessStatusCode();
            (await http.PostAsJsonAsync($"sandbox/api/customers/{waId}/messages", new { type = "text", text = new { body = "Where is my order?" } })).EnsureSuccessStatusCode();
        });
        var until = Stopwatch.StartNew();
        while (await database.ScalarAsync("""SELECT COUNT(*) FROM "Conversations" """) < customers && until.Elapsed < TimeSpan.FromMinutes(5))
            await Task.Delay(250);
        var ids = new List<long>();
        string? cursor = null;
        do
        {
            var page = await http.GetFromJsonAsync<JsonNode>("api/v1/conversations?limit=200" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            ids.AddRange(page!["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()));
            cursor = page["next_cursor"]?.GetValue<string>();
        } while (cursor is not null);
        return [.. ids];
    }

    private static async Task<string> CreateApiKeyAsync(string dll, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        foreach (var arg in new[] { dll, "api-keys", "create", "--name", "bench", "--scopes", "messages:send,conversations:read" }) start.ArgumentList.Add(arg);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last(l => l.StartsWith("wsl_", StringComparison.Ordinal));
    }
}
