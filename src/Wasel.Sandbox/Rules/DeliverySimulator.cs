using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox.Rules;

/// <summary>
/// Moves accepted outbound messages through sent → delivered → read (or to failed) after the configured delays,
/// records each status on the message and publishes it as a status webhook. Reactions only ever get "sent".
/// </summary>
public sealed class DeliverySimulator
{
    private readonly SandboxState state;
    private readonly WebhookPublisher publisher;
    private readonly ConcurrentDictionary<string, DeliveryPlan> plans = new(StringComparer.Ordinal);
    private Random random;

    public DeliverySimulator(SandboxState state, WebhookPublisher publisher)
    {
        this.state = state;
        this.publisher = publisher;
        random = NewRandom();
        state.Resetting += () =>
        {
            plans.Clear();
            lock (plans) random = NewRandom();
        };
    }

    /// <summary>Starts the message's delivery; a plan without a failure may still fail by <c>FailureRate</c> (131000).</summary>
    public void Deliver(SandboxMessage message, DeliveryPlan plan)
    {
        var settings = state.Settings;
        if (plan.Failure is null && settings.FailureRate > 0)
        {
            bool fails;
            lock (plans) fails = random.NextDouble() < settings.FailureRate;
            if (fails) plan = plan with { Failure = WebhookError.Build(131000) };
        }
        if (plan.Failure is not null) lock (state.Sync) message.Error = plan.Failure;
        plans[message.Id] = plan;
        _ = Task.Run(() => RunAsync(message, plan, settings));
    }

    /// <summary>The customer has read everything the business sent them so far (phone page opened, control API "read").</summary>
    public void MarkRead(SimulatedCustomer customer)
    {
        List<SandboxMessage> unread;
        lock (state.Sync)
            unread = customer.Timeline.Where(m => m.Direction == MessageDirection.Outbound && m.Status is "sent" or "delivered").ToList();
        foreach (var message in unread)
            if (plans.TryGetValue(message.Id, out var plan) && !plan.OnlySent) Advance(message, plan, "read");
    }

    private async Task RunAsync(SandboxMessage message, DeliveryPlan plan, SandboxOptions settings)
    {
        var time = state.Clock.Time;
        await Task.Delay(TimeSpan.FromMilliseconds(settings.SentDelayMs), time);
        if (plan.Failure is not null)
        {
            Advance(message, plan, "failed");
            return;
        }
        Advance(message, plan, "sent");
        if (plan.OnlySent) return;
        await Task.Delay(TimeSpan.FromMilliseconds(settings.DeliveredDelayMs), time);
        Advance(message, plan, "delivered");
        if (settings.ReadDelayMs < 0) return;
        await Task.Delay(TimeSpan.FromMilliseconds(settings.ReadDelayMs), time);
        Advance(message, plan, "read");
    }

    /// <summary>Moves the message forward only: a read seen before the delivered timer fires is not undone.</summary>
    private void Advance(SandboxMessage message, DeliveryPlan plan, string status)
    {
        var at = state.Clock.UtcNow;
        bool withPricing;
        lock (state.Sync)
        {
            if (message.Status == "failed" || Rank(status) <= Rank(message.Status)) return;
            withPricing = status is "sent" or "delivered" || (status == "read" && message.Status != "delivered");
            message.Status = status;
            message.Statuses.Add(new StatusChange(status, at));
        }
        var entry = StatusWebhook.Build(message, plan, status, at, withPricing, state.Settings.PricingModel);
        publisher.PublishMessages(new JsonObject { ["statuses"] = new JsonArray(entry) });
    }

    private static int Rank(string status) => status switch
    {
        "sent" => 1,
        "delivered" => 2,
        "read" => 3,
        "failed" => 4,
        _ => 0,
    };

    private Random NewRandom() => state.Settings.RandomSeed is { } seed ? new Random(seed) : new Random();
}
