namespace Wasel.Inbox.Settings;

/// <summary>Admin settings of the inbox: canned responses and labels.</summary>
public static class InboxSettingsFeature
{
    public static IHostApplicationBuilder AddInboxSettings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FindCannedResponses>();
        builder.Services.AddScoped<ListCannedResponses>();
        builder.Services.AddScoped<SaveCannedResponse>();
        builder.Services.AddScoped<DeleteCannedResponse>();
        builder.Services.AddScoped<ListLabels>();
        builder.Services.AddScoped<SaveLabel>();
        builder.Services.AddScoped<DeleteLabel>();
        return builder;
    }
}
