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
        var total = customers * perCustomer;
        Console.WriteLine($"command: outbound --provider {provider} --customers {customers} --per-customer {perCustomer} --concurrency {concurrency} --throughput {throughput}");
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
        var dll = WebhookIngestBenchmark.DefaultWaselDll();
        var key = await CreateApiKeyAsync(dll, environment);
        await using var wasel = await ServerProcess.StartAsync("wasel-outbound", dll, [], environment);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = wasel.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var conversations = await OpenConversationsAsync(http, database, customers);
        Console.WriteLine($"setup: {customers} customers wrote first; {conversations.Length} conversations open");

        var recorder = new LatencyRecorder();
        var clock = Stopwatch.StartNew();
        var next = -1;
        long refused = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = recorder.ForWorker();
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var conversation = conversations[i % conversations.Length];
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync($"api/v1/conversations/{conversation}/messages",
                    new { type = "text", text = new { body = $"Order #{i} is on its way" } });
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref refused);
            }
        })));
        var enqueued = clock.Elapsed;
        var api = recorder.Summarise();

        const string acceptedSql = """SELECT COUNT(*) FROM "Messages" WHERE "Direction" = 'Outbound' AND "WaMessageId" IS NOT NULL""";
        long accepted;
        while ((accepted = await database.ScalarAsync(acceptedSql)) < total - refused && clock.Elapsed < enqueued + TimeSpan.FromMinutes(10))
            await Task.Delay(100);
        var done = clock.Elapsed;
        var failed = await database.ScalarAsync("""SELECT COUNT(*) FROM "Messages" WHERE "Direction" = 'Outbound' AND "State" = 'Failed'""");

        Console.WriteLine($"API: {total} POSTs in {enqueued.TotalSeconds:F1} s = {total / enqueued.TotalSeconds:F0}/s (202s: {total - refused}, refused: {refused}); latency ms p50 {api.P50:F1}, p99 {api.P99:F1}, max {api.Max:F1}");
        Console.WriteLine($"accepted by WhatsApp (wamid recorded): {accepted} of {total} in {done.TotalSeconds:F1} s = {accepted / done.TotalSeconds:F0} messages/s end to end; failed: {failed}");
        Console.WriteLine($"server log: {wasel.LogPath}; load average at end: {WebhookIngestBenchmark.LoadAverage()}");
        return refused == 0 && accepted == total ? 0 : 1;
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
