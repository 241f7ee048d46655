using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Wasel.Platform.Data;

public static class DataFeature
{
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DatabaseOptions.Section);
        builder.Services.Configure<DatabaseOptions>(section);
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("Wasel");

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString ??= DatabaseOptions.DefaultSqlite;
                EnsureFolder(connectionString);
                Register<SqliteWaselDb>(builder.Services, o => o.UseSqlite(connectionString).AddInterceptors(new SqliteFullSyncInterceptor()));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException(
                        "Database:Provider is Postgres but ConnectionStrings:Wasel is empty. Set it, e.g. " +
                        "ConnectionStrings__Wasel='Host=localhost;Database=wasel;Username=wasel;Password=…'.");
                Register<PostgresWaselDb>(builder.Services, o => o.UseNpgsql(connectionString));
                break;
        }

        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHealthChecks().AddDbContextCheck<WaselDb>("database", tags: ["ready"]);
        return builder;
    }

    private static void Register<TDb>(IServiceCollection services, Action<DbContextOptionsBuilder> configure) where TDb : WaselDb
    {
        services.AddDbContextFactory<TDb>(configure);
        services.AddSingleton<IDbContextFactory<WaselDb>>(sp => new FactoryOf<TDb>(sp.GetRequiredService<IDbContextFactory<TDb>>()));
        services.AddScoped<WaselDb>(sp => sp.GetRequiredService<IDbContextFactory<TDb>>().CreateDbContext());
    }

    private static void EnsureFolder(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && path != ":memory:") Directory.CreateDirectory(folder);
    }

    private sealed class FactoryOf<TDb>(IDbContextFactory<TDb> inner) : IDbContextFactory<WaselDb> where TDb : WaselDb
    {
        public WaselDb CreateDbContext() => inner.CreateDbContext();
    }
}

/// <summary>Applies migrations before the app starts serving, unless Database:MigrateOnStartup is false.</summary>
internal sealed class DatabaseMigrator(IDbContextFactory<WaselDb> factory, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> log) : IHostedService
{
    /// <summary>For commands that run without starting the host.</summary>
    public static Task MigrateIfEnabledAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ActivatorUtilities.CreateInstance<DatabaseMigrator>(services).StartAsync(cancellationToken);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup) return;
        await using var db = factory.CreateDbContext();
        await MigrateAsync(db, cancellationToken);
        log.LogInformation("Database ready ({Provider})", options.Value.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static async Task MigrateAsync(WaselDb db, CancellationToken cancellationToken)
    {
        // On a new PostgreSQL database the migrator's first look at its history table fails and EF logs that as an
        // error, which reads like a broken start to whoever watches the log; the table is made first instead.
        if (!db.Database.IsSqlite())
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
