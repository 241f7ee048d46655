using Microsoft.Extensions.DependencyInjection.Extensions;
using Wasel.Platform.Data;

namespace Wasel.Inbox.Live;

/// <summary>
/// Live updates for the inbox: the notifier, presence and the transport between nodes — in-process with SQLite (one
/// node), PostgreSQL LISTEN/NOTIFY with PostgreSQL (any number of nodes on one database).
/// </summary>
public static class LiveFeature
{
    public static IHostApplicationBuilder AddLiveUpdates(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<LiveOptions>(builder.Configuration.GetSection(LiveOptions.Section));
        var provider = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddSingleton<PostgresLiveConnection>();
            builder.Services.AddSingleton<IInboxTransport, PostgresInboxTransport>();
            builder.Services.AddSingleton<PostgresInboxListener>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<PostgresInboxListener>());
        }
        else builder.Services.AddSingleton<IInboxTransport, InProcessTransport>();

        builder.Services.TryAddSingleton(sp => new InboxNotifier(sp.GetRequiredService<IInboxTransport>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<LiveOptions>>(), sp.GetRequiredService<ILogger<InboxNotifier>>()));
        builder.Services.AddSingleton<ConversationAudience>();
        builder.Services.AddSingleton<Presence>();
        return builder;
    }
}
