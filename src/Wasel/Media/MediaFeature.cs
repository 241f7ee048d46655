using Wasel.Platform;

namespace Wasel.Media;

public static class MediaFeature
{
    public static IHostApplicationBuilder AddMedia(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<MediaOptions>(builder.Configuration.GetSection(MediaOptions.Section));
        builder.Services.AddSingleton<MediaStorage>();
        builder.Services.AddSingleton<EnlistInboundMedia>();
        builder.Services.AddSingleton<WorkSignal<MediaDownloader>>();
        builder.Services.AddHostedService<MediaDownloader>();
        builder.Services.AddScoped<DownloadMedia>();
        builder.Services.AddScoped<UploadMedia>();
        builder.Services.AddScoped<RetryMediaDownload>();
        builder.Services.AddScoped<FindMessageMedia>();
        return builder;
    }

    public static RouteGroupBuilder MapMedia(this RouteGroupBuilder api)
    {
        api.MapReadMedia();
        api.MapRetryMedia();
        api.MapUploadMedia();
        return api;
    }
}
