using Microsoft.Extensions.Options;
using Npgsql;

namespace Wasel.Inbox.Live;

/// <summary>
/// Holds one connection that LISTENs on <see cref="LiveOptions.Channel"/> and hands what the other nodes publish to
/// this node's notifier and presence. A lost connection is opened again with back-off (0.5 s doubling to 30 s).
/// NOTIFY keeps nothing for a listener that was away, so once listening again it tells this node's screens to
/// resync (<see cref="InboxChangeKind.Resync"/>): they reload from the database what they show.
/// </summary>
public sealed class PostgresInboxListener(
    PostgresLiveConnection connection, InboxNotifier notifier, Presence presence, IOptions<LiveOptions> options, ILogger<PostgresInboxListener> log)
    : BackgroundService
{
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place.</summary>
    public Task Listening => listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backOff = TimeSpan.FromMilliseconds(500);
        var lost = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = await connection.Source.OpenConnectionAsync(stoppingToken);
                listener.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN \"{options.Value.Channel.Replace("\"", "\"\"")}\"", listener))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                listening.TrySetResult();
                backOff = TimeSpan.FromMilliseconds(500);
                log.LogInformation("Listening for inbox changes from other nodes on {Channel}", options.Value.Channel);
                // Only after LISTEN is back: a change published from now on arrives, one published before is in the database.
                if (lost) notifier.ResyncHere();
                lost = false;
                while (!stoppingToken.IsCancellationRequested) await listener.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                lost = true;
                log.LogWarning(e, "The inbox listener lost its connection; trying again in {Delay}", backOff);
                try { await Task.Delay(backOff, stoppingToken); }
                catch (OperationCanceledException) { return; }
                backOff = TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    private void Receive(string payload)
    {
        try
        {
            var (node, broadcast) = LivePayload.Decode(payload);
            if (node == connection.Node) return; // delivered here when it was published
            notifier.DeliverFromOtherNode(broadcast.Changes);
            foreach (var note in broadcast.Presence) presence.Apply(node, note);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Ignored an unreadable inbox notification");
        }
    }
}
