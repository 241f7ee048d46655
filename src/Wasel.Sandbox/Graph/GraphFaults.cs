using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph;

/// <summary>
/// A fault to inject into the next <see cref="Remaining"/> Graph requests (optionally only those whose path ends with
/// <see cref="PathSuffix"/>): an error answer (HTTP status + Graph error code), a delay before answering normally, or both.
/// With <see cref="LoseResponse"/> the request is carried out and its answer never arrives: the connection is cut
/// after the delay, as when a response is lost on the way back — the case a client cannot tell from a failure.
/// With <see cref="DelayAnswerMs"/> the request is carried out at once and its answer held back that long: its
/// status webhooks can then reach the platform before the answer does.
/// </summary>
public sealed record GraphFault(int Remaining, int? Status, int? Code, int DelayMs, string? PathSuffix, bool LoseResponse = false, int DelayAnswerMs = 0);

/// <summary>Injected faults for testing clients' retries and timeouts; applied in order, each used up request by request.</summary>
public sealed class GraphFaults
{
    private readonly List<GraphFault> faults = [];

    public GraphFaults(SandboxState state) => state.Resetting += Clear;

    public IReadOnlyList<GraphFault> Pending
    {
        get { lock (faults) return faults.ToList(); }
    }

    public void Add(GraphFault fault)
    {
        lock (faults) faults.Add(fault);
    }

    public void Clear()
    {
        lock (faults) faults.Clear();
    }

    /// <summary>Uses up one request of the first fault that applies to <paramref name="path"/>.</summary>
    public GraphFault? Take(string path)
    {
        lock (faults)
        {
            var index = faults.FindIndex(f => f.PathSuffix is null || path.TrimEnd('/').EndsWith(f.PathSuffix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
            if (index < 0) return null;
            var fault = faults[index];
            if (fault.Remaining <= 1) faults.RemoveAt(index);
            else faults[index] = fault with { Remaining = fault.Remaining - 1 };
            return fault;
        }
    }
}

/// <summary>Applies injected faults to Graph requests, before authentication, as a network or Meta outage would.</summary>
internal sealed class GraphFaultFilter(GraphFaults faults, SandboxState state) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (faults.Take(http.Request.Path.Value ?? "") is { } fault)
        {
            if (fault.DelayAnswerMs > 0 && !fault.LoseResponse)
            {
                var answer = await next(context);
                await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayAnswerMs), state.Clock.Time, http.RequestAborted);
                return answer;
            }
            if (fault.LoseResponse)
            {
                await next(context);
                try { await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(fault.DelayMs, 1)), state.Clock.Time, http.RequestAborted); }
                catch (OperationCanceledException) { }
                http.Abort();
                return null;
            }
            if (fault.DelayMs > 0) await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMs), state.Clock.Time, http.RequestAborted);
            if (fault.Status is not null || fault.Code is not null)
            {
                var code = fault.Code ?? 131000;
                var error = GraphError.Of(code);
                return (error with { HttpStatus = fault.Status ?? error.HttpStatus }).ToResult();
            }
        }
        return await next(context);
    }
}
