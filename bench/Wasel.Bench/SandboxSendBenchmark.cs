using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Wasel.Sandbox;
using Wasel.Sandbox.State;

namespace Wasel.Bench;

/// <summary>
/// Sandbox send capacity over real HTTP on loopback: closed-loop workers post text messages to
/// /graph/v23.0/{phone}/messages as fast as the sandbox answers, while the sandbox simulates sent and delivered
/// statuses and posts them, signed, to a webhook receiver in the same process. Rate limits are lifted so that the
/// figure is the emulator's own ceiling, not Meta's 80 or 1,000 messages per second.
/// </summary>
internal static class SandboxSendBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Arguments.Int(args, "seconds", 10);
        var concurrency = Arguments.Int(args, "concurrency", 64);
        var customers = Arguments.Int(args, "customers", 5000);
        var webhooks = Arguments.Value(args, "webhooks") != "off";

        long webhooksReceived = 0;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddSandbox(o =>
        {
            o.ThroughputLevel = "HIGH";
            o.HighThroughputPerSecond = 1_000_000;
            o.PairBurst = 1_000_000;
            o.SentDelayMs = 0;
            o.DeliveredDelayMs = 0;
            o.ReadDelayMs = -1;
        });
        var app = builder.Build();
        app.MapSandbox();
        app.MapPost("/receiver", () => { Interlocked.Increment(ref webhooksReceived); return Results.Ok(); });
        await app.StartAsync();
        var root = app.Urls.First().TrimEnd('/');
        var state = app.Services.GetRequiredService<SandboxState>();
        if (webhooks) state.ChangeSettings(o => o.WebhookUrl = root + "/receiver");

        var waIds = Enumerable.Range(0, customers).Select(i => $"9665{i:D8}").ToArray();
        foreach (var waId in waIds)
        {
            var customer = state.GetOrAddCustomer(waId, () => new SimulatedCustomer { WaId = waId, Name = "Load " + waId, CreatedAt = state.Clock.UtcNow });
            customer.LastInboundAt = state.Clock.UtcNow; // inside the 24-hour window, so free-form text is allowed
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(root + $"/graph/v23.0/{state.Settings.PhoneNumberId}/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", state.Settings.AccessToken);

        var recorder = new LatencyRecorder();
        long accepted = 0, refused = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var latencies = recorder.ForWorker();
            var n = w;
            while (!stop.IsCancellationRequested)
            {
                var to = waIds[n % waIds.Length];
                n += concurrency;
                var body = $$$"""{"messaging_product":"whatsapp","to":"{{{to}}}","type":"text","text":{"body":"Your order #{{{n}}} is on its way"}}""";
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync("messages", new StringContent(body, Encoding.UTF8, "application/json"));
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.IsSuccessStatusCode) Interlocked.Increment(ref accepted); else Interlocked.Increment(ref refused);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;
        var (count, p50, p99, max) = recorder.Summarise();
        await Task.Delay(1000); // let the last statuses go out before counting webhooks
        var hooks = Interlocked.Read(ref webhooksReceived);

        Console.WriteLine($"command: sandbox-send --seconds {seconds} --concurrency {concurrency} --customers {customers} --webhooks {(webhooks ? "on" : "off")}");
        Console.WriteLine($"requests: {count}, accepted: {accepted}, refused: {refused}");
        Console.WriteLine($"sends per second: {accepted / elapsed:F0}");
        Console.WriteLine($"latency ms: p50 {p50:F2}, p99 {p99:F2}, max {max:F2}");
        Console.WriteLine($"webhooks received: {hooks} ({hooks / elapsed:F0}/s over the send period)");
        await app.StopAsync();
        return refused == 0 ? 0 : 1;
    }
}
