namespace Wasel.Sandbox.Webhooks;

/// <summary>
/// Deliveries waiting for their next attempt, ordered by due time. One pump hands due ones back; a delivery that keeps
/// failing therefore never holds up the ones queued after it.
/// </summary>
internal sealed class WebhookRetryQueue(TimeProvider time)
{
    private readonly PriorityQueue<WebhookBatch, DateTimeOffset> due = new();
    private readonly SemaphoreSlim changed = new(0);

    public int Count
    {
        get { lock (due) return due.Count; }
    }

    /// <summary>Forgets every waiting redelivery (sandbox reset): old webhooks must not reach the platform after it.</summary>
    public void Clear()
    {
        lock (due) due.Clear();
    }

    public void Add(WebhookBatch batch, DateTimeOffset at)
    {
        lock (due) due.Enqueue(batch, at);
        changed.Release();
    }

    /// <summary>Calls <paramref name="attempt"/> for each delivery as it falls due (real time, not the sandbox clock's offset).</summary>
    public async Task PumpAsync(Func<WebhookBatch, Task> attempt, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            WebhookBatch? next = null;
            var wait = Timeout.InfiniteTimeSpan;
            lock (due)
            {
                if (due.TryPeek(out var batch, out var at))
                {
                    var left = at - time.GetUtcNow();
                    if (left <= TimeSpan.Zero) next = due.Dequeue();
                    else wait = left;
                }
            }
            if (next is not null)
            {
                await attempt(next);
                continue;
            }
            // Woken early when something is added that may be due sooner.
            using var timeout = wait == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(wait, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stoppingToken);
            try { await changed.WaitAsync(either.Token); }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
            catch (OperationCanceledException) { return; }
        }
    }
}
