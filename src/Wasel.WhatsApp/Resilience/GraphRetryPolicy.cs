using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Json;

namespace Wasel.WhatsApp.Resilience;

/// <summary>
/// Which failures the client retries, and how long it waits. See <see cref="WhatsAppServiceCollectionExtensions"/>
/// for the whole policy.
/// </summary>
internal static class GraphRetryPolicy
{
    private const int PairRateLimit = 131056;

    public static HttpRetryStrategyOptions Create(WhatsAppOptions options) => new()
    {
        MaxRetryAttempts = options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        MaxDelay = options.MaxRetryDelay,
        ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context),
        DelayGenerator = args => PairRateDelayAsync(args.Outcome, args.AttemptNumber, options),
    };

    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var request = context.GetRequestMessage();
        if (outcome.Result is { } response)
        {
            if (response.IsSuccessStatusCode)
                return false;
            var code = await ReadCodeAsync(response, context.CancellationToken);
            request?.Options.Set(GraphRequestOptions.LastAnswer,
                new GraphAnswer((int)response.StatusCode, response.ReasonPhrase, await response.Content.ReadAsStringAsync(context.CancellationToken)));
            return WhatsAppErrorCatalog.Explain(code, (int)response.StatusCode).Retryable;
        }

        var kind = GraphRequestOptions.KindOf(request);
        return outcome.Exception switch
        {
            // The connection was never established, so Meta cannot have seen the request: safe for every kind.
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
            // Timed out or cut off mid-exchange: Meta may have acted on it, so only repeat what is harmless to repeat.
            TimeoutRejectedException or HttpRequestException => kind == GraphRequestKind.Idempotent,
            _ => false,
        };
    }

    /// <summary>Meta asks for growing waits after a pair-rate error (4^n seconds); other retries use jittered exponential back-off.</summary>
    private static async ValueTask<TimeSpan?> PairRateDelayAsync(Outcome<HttpResponseMessage> outcome, int attempt, WhatsAppOptions options)
    {
        if (outcome.Result is not { } response || (await ReadCodeAsync(response, CancellationToken.None)) != PairRateLimit)
            return null;

        return PairRateDelay(attempt, options, Random.Shared.NextDouble());
    }

    /// <summary>base × 4^(attempt+1), spread ±20 % by <paramref name="jitterSample"/> (0–1), capped at MaxRetryDelay.</summary>
    internal static TimeSpan PairRateDelay(int attempt, WhatsAppOptions options, double jitterSample)
    {
        var growth = Math.Pow(4, attempt + 1);
        var jitter = 0.8 + (jitterSample * 0.4);
        var delay = TimeSpan.FromTicks((long)Math.Min(options.RetryBaseDelay.Ticks * growth * jitter, TimeSpan.MaxValue.Ticks / 2.0));
        return delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
    }

    private static async ValueTask<int?> ReadCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return null;
        try
        {
            // Buffered so that the client can still read the body when this turns out to be the final answer.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return JsonSerializer.Deserialize(body, WhatsAppJsonContext.Default.GraphErrorEnvelope)?.Error?.Code;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
