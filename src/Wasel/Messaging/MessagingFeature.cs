using Wasel.Platform;
using Wasel.WhatsApp;

namespace Wasel.Messaging;

public static class MessagingFeature
{
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<WhatsAppOptions>(builder.Configuration.GetSection(WhatsAppOptions.Section));
        builder.Services.AddSingleton<WhatsAppConnection>();
        builder.Services.AddHostedService<SandboxWiring>();

        builder.Services.AddSingleton<WorkSignal<WebhookProcessor>>();
        builder.Services.AddSingleton<WebhookInbox>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookInbox>());
        builder.Services.AddSingleton<WebhookProcessor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookProcessor>());
        builder.Services.AddScoped<ApplyWebhookEvents>();
        builder.Services.AddScoped<RecordInboundMessage>();
        builder.Services.AddScoped<RecordMessageStatus>();
        return builder;
    }

    public static WebApplication MapMessaging(this WebApplication app)
    {
        app.MapWhatsAppWebhooks();
        return app;
    }
}
