using Wasel.Sandbox.Webhooks;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Contract.Tests.Infrastructure;

/// <summary>
/// The changes the sandbox queued for webhook delivery, read straight from the publisher's queue (delivery is switched
/// off), each wrapped in Meta's envelope and parsed by the client's <see cref="WebhookParser"/>.
/// </summary>
public sealed class PublishedWebhooks(WebhookPublisher publisher, string wabaId)
{
    private readonly List<WebhookEvent> events = [];

    /// <summary>Every event parsed so far, in publication order.</summary>
    public IReadOnlyList<WebhookEvent> Seen
    {
        get { lock (events) return events.ToList(); }
    }

    /// <summary>Waits (bounded, polling) for a parsed event of type <typeparamref name="T"/> that matches.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> match) where T : WebhookEvent
    {
        for (var i = 0; i < 500; i++)
        {
            Drain();
            if (Seen.OfType<T>().FirstOrDefault(match) is { } found) return found;
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        throw new Xunit.Sdk.XunitException($"No {typeof(T).Name} matched; parsed: {string.Join(", ", Seen.Select(e => e.Field + " " + e.RawJson))}");
    }

    private void Drain()
    {
        while (publisher.Reader.TryRead(out var change))
        {
            var notification = WebhookParser.Parse(MetaEnvelope.Wrap(wabaId, change.Field, change.Value, change.CreatedAt));
            lock (events) events.AddRange(notification.Events);
        }
    }
}
