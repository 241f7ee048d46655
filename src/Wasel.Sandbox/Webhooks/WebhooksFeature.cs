namespace Wasel.Sandbox.Webhooks;

internal static class WebhooksFeature
{
    public static IServiceCollection AddSandboxWebhooks(this IServiceCollection services)
    {
        services.AddSingleton<WebhookPublisher>();
        services.AddHostedService<WebhookDelivery>();
        services.AddHttpClient(WebhookDelivery.HttpClientName);
        return services;
    }
}
