using System.Text.Json.Nodes;
using System.Threading.Channels;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Webhooks;

/// <summary>
/// Posts queued changes to Sandbox:WebhookUrl, signed as Meta signs them, with redelivery on failure.
/// Changes are spread over Sandbox:WebhookSenders lanes by customer, so that one customer's changes keep their order
/// while many customers are delivered concurrently; a failed POST goes to the retry queue and its lane moves on.
/// </summary>
internal sealed class WebhookDelivery(
    WebhookPublisher publisher, SandboxState state, IHttpClientFactory httpClients, WebhookDeliveryLog log,
    ILogger<WebhookDelivery> logger) : BackgroundService
{
    public const string HttpClientName = "Wasel.Sandbox.Webhooks";

    private Channel<QueuedChange>[] lanes = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var senders = state.Settings.WebhookSenders;
        lanes = Enumerable.Range(0, senders)
            .Select(_ => Channel.CreateUnbounded<QueuedChange>(new UnboundedChannelOptions { SingleReader = true }))
            .ToArray();
        var retries = new WebhookRetryQueue(state.Clock.Time);
        state.Resetting += retries.Clear;
        var sender = new WebhookSender(state, httpClients, log, retries, c => Route(new QueuedChange(c, null)), logger);
        var reorderer = new StatusReorderer(state.Clock.Time, Route);

        var workers = lanes.Select(lane => Task.Run(() => RunLaneAsync(lane.Reader, sender, stoppingToken), stoppingToken)).ToList();
        var retryGate = new SemaphoreSlim(senders);
        workers.Add(retries.PumpAsync(batch => RedeliverAsync(batch, sender, retryGate, stoppingToken), stoppingToken));

        try
        {
            await foreach (var change in publisher.Reader.ReadAllAsync(stoppingToken))
            {
                var settings = state.Settings;
                reorderer.Accept(change, sender.Chance(settings.OutOfOrderStatusRate), TimeSpan.FromMilliseconds(settings.OutOfOrderHoldMs));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        foreach (var lane in lanes) lane.Writer.TryComplete();
        await Task.WhenAll(workers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private void Route(QueuedChange item)
    {
        var key = PartitionKey(item.Change);
        lanes[(int)((uint)key.GetHashCode() % (uint)lanes.Length)].Writer.TryWrite(item);
    }

    private async Task RunLaneAsync(ChannelReader<QueuedChange> lane, WebhookSender sender, CancellationToken stoppingToken)
    {
        // One buffer per lane, reused for every body; a body is copied out only when it must be redelivered.
        var writer = new MetaJsonWriter();
        var changes = new List<PendingChange>();
        var followers = new List<PendingChange>();
        try
        {
            while (await lane.WaitToReadAsync(stoppingToken))
            {
                var settings = state.Settings;
                changes.Clear();
                followers.Clear();
                while (changes.Count < settings.MaxWebhookBatch && lane.TryRead(out var item))
                {
                    changes.Add(item.Change);
                    if (item.Follower is { } follower) followers.Add(follower);
                }
                if (changes.Count == 0 || string.IsNullOrEmpty(settings.WebhookUrl)) continue;

                var batchChanges = changes.ToArray();
                var batch = new WebhookBatch(batchChanges, followers.ToArray(), log.Start(batchChanges, batchChanges.Min(c => c.CreatedAt)));
                writer.Clear();
                WebhookEnvelope.Write(writer, settings.WabaId, batch.Changes);
                try
                {
                    await sender.SendAsync(batch, writer.Buffer.AsMemory(0, writer.Length), stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Webhook delivery {Id} failed unexpectedly.", batch.Record.Id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RedeliverAsync(WebhookBatch batch, WebhookSender sender, SemaphoreSlim gate, CancellationToken stoppingToken)
    {
        // Redeliveries run concurrently, at most as many as there are lanes, so that a receiver that is down for a
        // while gets its backlog back at a bounded rate.
        await gate.WaitAsync(stoppingToken);
        _ = Task.Run(async () =>
        {
            try
            {
                await sender.SendAsync(batch, batch.Body, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Webhook redelivery {Id} failed unexpectedly.", batch.Record.Id);
            }
            finally
            {
                gate.Release();
            }
        }, CancellationToken.None);
    }

    /// <summary>The customer a change is about (so that their changes stay in order), or the field for account-level changes.</summary>
    private static string PartitionKey(PendingChange change)
    {
        if (change.Field != "messages") return change.Field;
        var value = change.Value;
        var waId = value["statuses"]?[0]?["recipient_id"] ?? value["contacts"]?[0]?["wa_id"] ?? value["messages"]?[0]?["from"];
        return waId is JsonValue v && v.TryGetValue<string>(out var s) ? s : "messages";
    }
}
