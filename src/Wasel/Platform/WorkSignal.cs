using System.Threading.Channels;

namespace Wasel.Platform;

/// <summary>
/// Wakes a background worker of type <typeparamref name="TWorker"/> when new work is written on this node, so it
/// need not wait for its next poll. Polling still finds work written by other nodes or left by a crash.
/// </summary>
public sealed class WorkSignal<TWorker>
{
    private readonly Channel<bool> signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => signal.Writer.TryWrite(true);

    /// <summary>
    /// Returns when notified or after <paramref name="poll"/>, whichever is first. The poll is machine time, not the
    /// business clock: it only bounds how long work written elsewhere waits to be noticed.
    /// </summary>
    public async Task WaitAsync(TimeSpan poll, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(poll);
        try { await signal.Reader.ReadAsync(timeout.Token); }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { }
    }
}
