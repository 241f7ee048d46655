using System.Threading.Channels;

namespace Wasel.Inbox.Live;

/// <summary>
/// Throttles publishing: the first change after a quiet spell goes out at once; changes that arrive within the
/// interval after a flush wait for its end and go out together, with duplicates merged. Many ticks of one
/// conversation (a campaign's statuses, a burst of messages) so reach a circuit as one change per interval, and the
/// added latency is at most the interval. A new message keeps its own change (its id tells the screen what to add);
/// statuses, conversation changes, events and presence of one conversation merge into one.
/// </summary>
internal sealed class ChangeCoalescer : IDisposable
{
    private readonly Channel<InboxChange> pending = Channel.CreateUnbounded<InboxChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private readonly TimeSpan interval;
    private readonly Func<IReadOnlyList<InboxChange>, Task> flush;
    private readonly ILogger log;

    public ChangeCoalescer(TimeSpan interval, Func<IReadOnlyList<InboxChange>, Task> flush, ILogger log)
    {
        this.interval = interval;
        this.flush = flush;
        this.log = log;
        _ = Task.Run(RunAsync);
    }

    public void Add(InboxChange change) => pending.Writer.TryWrite(change);

    private async Task RunAsync()
    {
        var reader = pending.Reader;
        var stop = stopping.Token; // taken once: the source is disposed with the notifier
        try
        {
            while (await reader.WaitToReadAsync(stop))
            {
                var merged = new List<InboxChange>();
                var index = new Dictionary<Key, int>();
                while (reader.TryRead(out var change)) Merge(merged, index, change);
                try { await flush(merged); }
                catch (Exception e) { log.LogWarning(e, "Publishing {Count} inbox changes failed", merged.Count); }
                // Machine time, not the business clock: it only paces how often screens are told.
                await Task.Delay(interval, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }

    internal static void Merge(List<InboxChange> merged, Dictionary<Key, int> index, InboxChange change)
    {
        var key = new Key(change.Kind, change.ConversationId, change.TeamId, change.AssigneeId,
            change.Kind == InboxChangeKind.Message ? change.MessageId : null);
        if (!index.TryGetValue(key, out var at))
        {
            index[key] = merged.Count;
            merged.Add(change);
            return;
        }
        var earlier = merged[at];
        merged[at] = earlier with
        {
            MessageId = earlier.MessageId == change.MessageId ? earlier.MessageId : null,
            ActorId = earlier.ActorId == change.ActorId ? earlier.ActorId : null,
        };
    }

    /// <summary>Changes with the same key merge. Team and assignee are part of it: a change seen by other people stays apart.</summary>
    internal readonly record struct Key(InboxChangeKind Kind, long ConversationId, long? TeamId, string? AssigneeId, long? MessageId);

    public void Dispose()
    {
        pending.Writer.TryComplete();
        stopping.Cancel();
        stopping.Dispose();
    }
}
