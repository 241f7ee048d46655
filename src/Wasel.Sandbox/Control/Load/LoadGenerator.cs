using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Control.Load;

/// <summary>
/// Makes N simulated customers send short texts at R messages a second for T seconds, in the background, through the
/// same path as the control API (timeline, window, signed webhook), so that the platform can be measured under load.
/// </summary>
public sealed class LoadGenerator
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);
    private readonly ConcurrentDictionary<string, LoadRun> runs = new(StringComparer.Ordinal);
    private readonly SandboxState state;
    private readonly SendInboundMessage send;
    private readonly ILogger<LoadGenerator> logger;

    public LoadGenerator(SandboxState state, SendInboundMessage send, ILogger<LoadGenerator> logger)
    {
        this.state = state;
        this.send = send;
        this.logger = logger;
        state.Resetting += StopAll;
    }

    private TimeProvider Time => state.Clock.Time;

    internal LoadRun Start(int customers, double rate, double seconds, string language, string prefix)
    {
        var run = new LoadRun("load_" + Guid.NewGuid().ToString("N")[..12], customers, rate, seconds, language, prefix);
        runs[run.Id] = run;
        _ = Task.Run(() => RunAsync(run), CancellationToken.None);
        return run;
    }

    internal LoadRun? Find(string id) => runs.GetValueOrDefault(id);

    internal LoadRun? Stop(string id)
    {
        if (runs.GetValueOrDefault(id) is not { } run) return null;
        run.Stopping.Cancel();
        return run;
    }

    private void StopAll()
    {
        foreach (var run in runs.Values) run.Stopping.Cancel();
        runs.Clear();
    }

    private async Task RunAsync(LoadRun run)
    {
        try
        {
            var customers = Enumerable.Range(0, run.Customers).Select(i => Customer(run, i)).ToArray();
            run.Started(Time);
            var start = Time.GetTimestamp();
            using var ticks = new PeriodicTimer(Tick, Time);
            var index = 0;
            while (!run.Stopping.IsCancellationRequested)
            {
                var elapsed = Time.GetElapsedTime(start).TotalSeconds;
                var due = (long)Math.Floor(run.Rate * Math.Min(elapsed, run.Seconds));
                for (var n = run.Sent; n < due && !run.Stopping.IsCancellationRequested; n++, index++)
                {
                    var customer = customers[index % customers.Length];
                    send.Deliver(customer, Message(customer, index));
                    run.Counted(1);
                }
                if (elapsed >= run.Seconds) break;
                await ticks.WaitForNextTickAsync(run.Stopping.Token);
            }
        }
        catch (OperationCanceledException) when (run.Stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            run.Error = e.Message;
            logger.LogError(e, "Load run {Id} failed.", run.Id);
        }
        finally
        {
            run.Finished(Time);
        }
    }

    private SimulatedCustomer Customer(LoadRun run, int index)
    {
        var width = Math.Max(12 - run.Prefix.Length, (run.Customers - 1).ToString(CultureInfo.InvariantCulture).Length);
        var waId = run.Prefix + index.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
        var language = run.Language == "mixed" ? (index % 2 == 0 ? "ar" : "en") : run.Language;
        return state.GetOrAddCustomer(waId, () => new SimulatedCustomer
        {
            WaId = waId, Name = LoadTexts.NameFor(language, index), Language = language, CreatedAt = state.Clock.UtcNow,
        });
    }

    private JsonObject Message(SimulatedCustomer customer, int index) => new()
    {
        ["from"] = customer.WaId,
        ["id"] = SandboxState.NewMessageId(),
        ["timestamp"] = state.Clock.UnixTimestamp(),
        ["type"] = "text",
        ["text"] = new JsonObject { ["body"] = LoadTexts.For(customer.Language is "ar" ? "ar" : "en", index) },
    };
}
