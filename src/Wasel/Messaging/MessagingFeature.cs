using Wasel.Platform;

namespace Wasel.Messaging;

public static class MessagingFeature
{
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection(MessagingOptions.Section));
        builder.Services.AddSingleton<WhatsAppConnection>();
        builder.AddCloudApiClient();
        builder.Services.AddHostedService<SandboxWiring>();

        builder.Services.AddSingleton<WorkSignal<WebhookProcessor>>();
        builder.Services.AddSingleton<IntakePressure>();
        builder.Services.AddSingleton<WebhookInbox>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookInbox>());
        builder.Services.AddSingleton<WebhookBatch>();
        builder.Services.AddSingleton<WebhookProcessor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookProcessor>());
        builder.Services.AddScoped<ApplyWebhookEvents>();
        builder.Services.AddScoped<RecordInboundMessage>();
        builder.Services.AddScoped<RecordMessageStatus>();
        builder.Services.AddSingleton<WebhookRetention>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookRetention>());

        builder.Services.Configure<DispatchOptions>(builder.Configuration.GetSection(DispatchOptions.Section));
        builder.Services.AddSingleton<WorkSignal<MessageDispatcher>>();
        builder.Services.AddHostedService<MessageDispatcher>();
        builder.Services.AddScoped<DispatchBatch>();
        builder.Services.AddSingleton<SendPacer>();
        builder.Services.AddSingleton<OutboundQueue>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboundQueue>());
        builder.Services.AddScoped<SendMessage>();
        return builder;
    }

    public static WebApplication MapMessaging(this WebApplication app, RouteGroupBuilder api)
    {
        app.MapWhatsAppWebhooks();
        api.MapSendMessage();
        api.MapSendMessageBatch();
        return app;
    }
}
