namespace Wasel.Sandbox.Webhooks;

internal static class WebhooksFeature
{
    public static IServiceCollection AddSandboxWebhooks(this IServiceCollection services)
    {
        services.AddSingleton<WebhookPublisher>();
        services.AddSingleton<WebhookDeliveryLog>();
        services.AddHostedService<WebhookDelivery>();
        services.AddHttpClient(WebhookDelivery.HttpClientName, client =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd("facebookexternalua");
                // Each POST has its own timeout (Sandbox:WebhookTimeoutMs, a live setting).
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            // Thousands of POSTs a second: per-request logging would cost more than the POST.
            .RemoveAllLoggers();
        return services;
    }

    /// <summary>GET {api}/webhooks/deliveries: the most recent deliveries with their attempts and last error.</summary>
    public static RouteGroupBuilder MapWebhookDeliveries(this RouteGroupBuilder api)
    {
        api.MapGet("/webhooks/deliveries", (WebhookDeliveryLog log, int? limit, string? state) =>
                TypedResults.Ok(log.Recent(Math.Clamp(limit ?? 100, 1, 10_000), state)))
            .WithName("ListWebhookDeliveries")
            .WithSummary("Recent webhook deliveries")
            .WithDescription("Newest first: the fields posted, attempts, last HTTP status and error, and whether the delivery was " +
                "delivered, is retrying or was dropped after Sandbox:WebhookRetryHorizonHours. Filter with ?state=.")
            .WithTags("Webhooks");
        return api;
    }
}
