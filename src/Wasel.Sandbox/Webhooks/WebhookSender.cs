using System.Text;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Webhooks;

/// <summary>
/// Posts one signed body, records the outcome and decides what follows: a duplicate on purpose, a redelivery with
/// exponential back-off and jitter, or dropping the body once the retry horizon has passed.
/// </summary>
internal sealed class WebhookSender(
    SandboxState state, IHttpClientFactory httpClients, WebhookDeliveryLog log, WebhookRetryQueue retries,
    Action<PendingChange> releaseFollower, ILogger logger)
{
    private readonly Random random = state.Settings.RandomSeed is int seed ? new Random(seed) : new Random();
    // One reference, swapped whole, so that lanes never pair a new secret with an old key.
    private SigningKey signingKey = new("", []);

    public bool Chance(double rate)
    {
        if (rate <= 0) return false;
        if (rate >= 1) return true;
        lock (random) return random.NextDouble() < rate;
    }

    public async Task SendAsync(WebhookBatch batch, ReadOnlyMemory<byte> body, CancellationToken stoppingToken)
    {
        var settings = state.Settings;
        var clock = state.Clock;
        batch.Attempts++;
        var (status, error) = await PostAsync(settings, body, stoppingToken);
        var now = clock.UtcNow;
        if (error is null)
        {
            var duplicate = Chance(settings.DuplicateWebhookRate);
            log.Update(batch.Record, r => Attempted(r, "delivered", batch.Attempts, status, null, now, null, duplicate));
            if (duplicate) await PostAsync(settings, body, stoppingToken);
            ReleaseFollowers(batch);
            return;
        }

        var delay = Backoff(settings, batch.Attempts);
        if (now + delay > batch.CreatedAt + TimeSpan.FromHours(settings.WebhookRetryHorizonHours))
        {
            log.Update(batch.Record, r => Attempted(r, "dropped", batch.Attempts, status, error, now, null, false));
            logger.LogWarning("Dropped webhook delivery {Id} after {Attempts} attempts: the retry horizon has passed ({Error}).",
                batch.Record.Id, batch.Attempts, error);
            ReleaseFollowers(batch);
            return;
        }
        batch.Body ??= body.ToArray();
        log.Update(batch.Record, r => Attempted(r, "retrying", batch.Attempts, status, error, now, now + delay, false));
        retries.Add(batch, clock.Time.GetUtcNow() + delay);
    }

    private async Task<(int? Status, string? Error)> PostAsync(SandboxOptions settings, ReadOnlyMemory<byte> body, CancellationToken stoppingToken)
    {
        if (string.IsNullOrEmpty(settings.WebhookUrl)) return (null, "Sandbox:WebhookUrl is empty.");
        var key = KeyFor(settings.AppSecret);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.WebhookUrl) { Content = new ReadOnlyMemoryContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", WebhookEnvelope.Sha256Header(key, body.Span));
        request.Headers.TryAddWithoutValidation("X-Hub-Signature", WebhookEnvelope.Sha1Header(key, body.Span));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(settings.WebhookTimeoutMs), state.Clock.Time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stoppingToken);
        try
        {
            using var response = await httpClients.CreateClient(WebhookDelivery.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, either.Token);
            var code = (int)response.StatusCode;
            return (code, response.IsSuccessStatusCode ? null : $"The receiver answered {code} {response.ReasonPhrase}.");
        }
        catch (HttpRequestException e)
        {
            return (null, e.Message);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return (null, $"No answer within Sandbox:WebhookTimeoutMs ({settings.WebhookTimeoutMs} ms).");
        }
    }

    private TimeSpan Backoff(SandboxOptions settings, int attempts)
    {
        var exponential = settings.WebhookRetryInitialDelayMs * Math.Pow(2, Math.Min(attempts - 1, 30));
        double jitter;
        lock (random) jitter = 0.5 + random.NextDouble();
        return TimeSpan.FromMilliseconds(Math.Min(exponential * jitter, settings.WebhookRetryMaxDelayMs));
    }

    private byte[] KeyFor(string secret)
    {
        var cached = signingKey;
        if (ReferenceEquals(cached.Secret, secret)) return cached.Key;
        var key = Encoding.UTF8.GetBytes(secret);
        signingKey = new SigningKey(secret, key);
        return key;
    }

    private sealed record SigningKey(string Secret, byte[] Key);

    private void ReleaseFollowers(WebhookBatch batch)
    {
        foreach (var follower in batch.Followers) releaseFollower(follower);
    }

    private static void Attempted(WebhookDeliveryRecord r, string outcome, int attempts, int? status, string? error,
        DateTimeOffset at, DateTimeOffset? next, bool duplicated)
    {
        r.State = outcome;
        r.Attempts = attempts;
        r.LastStatusCode = status;
        r.LastError = error;
        r.LastAttemptAt = at;
        r.NextAttemptAt = next;
        r.Duplicated |= duplicated;
    }
}
