using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Wasel.WhatsApp.Resilience;

namespace Wasel.WhatsApp;

/// <summary>
/// Registers <see cref="WhatsAppClient"/> as a typed <see cref="HttpClient"/> with this resilience policy:
/// <list type="bullet">
/// <item><b>Timeouts</b>: each attempt is limited by <see cref="WhatsAppOptions.AttemptTimeout"/>, the whole call
/// including back-off by <see cref="WhatsAppOptions.TotalTimeout"/>.</item>
/// <item><b>Retried</b> (up to <see cref="WhatsAppOptions.MaxRetries"/> times, exponential back-off from
/// <see cref="WhatsAppOptions.RetryBaseDelay"/> with jitter): codes whose
/// <see cref="Errors.ErrorExplanation.Retryable"/> is true — server errors (5xx and 1, 2, 131000, 131016, 131057),
/// throughput 130429, app/WABA call limits 4 and 80007, and pair rate 131056, which waits 4^n × base delay as Meta
/// suggests. Responses that are not Graph errors are retried on 5xx and 429 only.</item>
/// <item><b>Not retried</b>: every other error, e.g. 131047 (24-hour window), 131049, 131050, 131026, 368, 130497,
/// 131031, 100, 190, the 132xxx template errors and any other 4xx — sending them again cannot succeed.</item>
/// <item><b>Timeouts and cut-off connections</b> are retried for reads, deletes, mark-as-read and profile updates.
/// A message send is not retried after one, because Meta may already have accepted it:
/// <see cref="WhatsAppClient.SendAsync"/> throws <see cref="Errors.WhatsAppAmbiguousSendException"/> so the
/// caller can reconcile from status webhooks. A connection that could not be opened at all is retried for every call.
/// When the total timeout runs out while waiting to retry an error answer, that answer is thrown as
/// <see cref="Errors.WhatsAppApiException"/>: Meta rejected every attempt, so nothing is ambiguous.</item>
/// </list>
/// </summary>
public static class WhatsAppServiceCollectionExtensions
{
    /// <summary>Registers the client with options bound from <paramref name="section"/> (usually "WhatsApp").</summary>
    public static IHttpClientBuilder AddWhatsAppClient(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<WhatsAppOptions>().Bind(section);
        return AddClient(services);
    }

    /// <summary>Registers the client with options set by <paramref name="configure"/>.</summary>
    public static IHttpClientBuilder AddWhatsAppClient(this IServiceCollection services, Action<WhatsAppOptions> configure)
    {
        services.AddOptions<WhatsAppOptions>().Configure(configure);
        return AddClient(services);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services)
    {
        var builder = services.AddHttpClient<WhatsAppClient>(http =>
        {
            // The pipeline below owns time limits; HttpClient's own 100 s default would cut it short.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        builder.AddResilienceHandler("whatsapp", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<WhatsAppOptions>>().Value;
            pipeline.AddTimeout(options.TotalTimeout);
            if (options.MaxRetries > 0)
                pipeline.AddRetry(GraphRetryPolicy.Create(options));
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        // Added after the resilience handler, so it sits inside the retry loop and sees each attempt.
        builder.AddHttpMessageHandler(() => new AttemptLedger());
        return builder;
    }
}
