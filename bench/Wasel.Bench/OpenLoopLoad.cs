using System.Diagnostics;
using System.Net.Http.Headers;

namespace Wasel.Bench;

/// <summary>What one open-loop run measured. Latencies are of acknowledged (200) requests, from their scheduled time.</summary>
internal sealed record OpenLoopResult(double OfferedRate, int Sent, int Acks, int Errors, string ErrorKinds, double Seconds, LatencySummary Latency, LatencySummary SendLag)
{
    public double AcksPerSecond => Acks / Seconds;
}

/// <summary>
/// Constant arrival rate, open loop: request i is due at start + i/rate whatever happened to earlier ones. A dedicated
/// thread wakes every millisecond and hands the requests that fell due to the thread pool. Each latency is measured
/// from the scheduled time, not the time the request got out, so a server (or client) that stalls shows its queueing
/// delay in the percentiles instead of slowing the senders down (coordinated omission). Send lag (scheduled →
/// actually handed to HttpClient) is reported separately to show whether the generator itself kept up.
/// </summary>
internal static class OpenLoopLoad
{
    public static HttpClient Client(int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseCookies = false,
        UseProxy = false,
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    /// <param name="started">Told the run's start (a Stopwatch timestamp): request i is due at start + i/rate.</param>
    public static async Task<OpenLoopResult> RunAsync(HttpClient http, Uri url, ArraySegment<SignedWebhook> bodies, double rate, Action<long>? started = null)
    {
        var count = bodies.Count;
        var latency = new double[count];
        var lag = new double[count];
        var status = new int[count]; // HTTP status, or -1 for an exception
        var errors = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var tasks = new Task[count];
        var start = Stopwatch.GetTimestamp();
        var ticksPerRequest = Stopwatch.Frequency / rate;
        started?.Invoke(start);

        async Task SendAsync(int i)
        {
            var scheduled = start + (long)(i * ticksPerRequest);
            lag[i] = Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds;
            var webhook = bodies[i];
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(webhook.Body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", webhook.Signature);
                using var response = await http.SendAsync(request);
                status[i] = (int)response.StatusCode;
                if (status[i] != 200) errors.AddOrUpdate("HTTP " + status[i], 1, (_, n) => n + 1);
            }
            catch (Exception e)
            {
                status[i] = -1;
                errors.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
            }
            latency[i] = Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds;
        }

        var dispatcher = new Thread(() =>
        {
            var next = 0;
            while (next < count)
            {
                var due = (int)Math.Min(count, Stopwatch.GetElapsedTime(start).TotalSeconds * rate + 1);
                for (; next < due; next++)
                {
                    var i = next;
                    tasks[i] = Task.Run(() => SendAsync(i));
                }
                Thread.Sleep(1);
            }
        }) { IsBackground = true, Priority = ThreadPriority.AboveNormal, Name = "open-loop dispatcher" };
        dispatcher.Start();
        dispatcher.Join();
        await Task.WhenAll(tasks);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

        var acked = Enumerable.Range(0, count).Where(i => status[i] == 200).ToArray();
        return new OpenLoopResult(rate, count, acked.Length, count - acked.Length,
            string.Join(", ", errors.OrderBy(e => e.Key).Select(e => $"{e.Key}: {e.Value}")),
            seconds, LatencySummary.Of(acked.Select(i => latency[i])), LatencySummary.Of(lag));
    }
}
