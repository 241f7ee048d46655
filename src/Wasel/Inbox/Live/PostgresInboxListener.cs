using Microsoft.Extensions.Options;
using Npgsql;

namespace Wasel.Inbox.Live;

/// <summary>
/// Holds one connection that LISTENs on <see cref="LiveOptions.Channel"/> and hands what the other nodes publish to
/// this node's notifier and presence. A lost connection is opened again with back-off (0.5 s doubling to 30 s);
/// changes published while it was down are not replayed, so screens catch up on their next change or reload.
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
                while (!stoppingToken.IsCancellationRequested) await listener.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
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
