using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Platform.Data;

namespace Wasel.Components.Tests.Inbox;

/// <summary>A bUnit context with the inbox's services over a migrated SQLite file and a clock the test sets.</summary>
public abstract class InboxComponentContext : BunitContext, IAsyncLifetime
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"wasel-components-{Guid.NewGuid():N}.db");

    protected InboxComponentContext()
    {
        Services.AddLocalization();
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<IDbContextFactory<WaselDb>>(new Factory($"Data Source={file}"));
        Services.AddSingleton<Wasel.Inbox.InboxNotifier>();
        Services.AddSingleton<Wasel.Inbox.List.ListInbox>();
        Services.AddSingleton<Wasel.Inbox.InboxDirectory>();
        Services.AddSingleton<Wasel.Inbox.Compose.InboxSender>();
        Services.AddSingleton<Wasel.Conversations.AddNote>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected TestClock Clock { get; } = new(DateTimeOffset.Parse("2026-03-01T12:00:00Z"));

    protected WaselDb Db() => Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContext();

    public async ValueTask InitializeAsync()
    {
        await using var db = Db();
        await db.Database.MigrateAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(file + suffix); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    private sealed class Factory(string connectionString) : IDbContextFactory<WaselDb>
    {
        public WaselDb CreateDbContext() => new SqliteWaselDb(new DbContextOptionsBuilder<SqliteWaselDb>().UseSqlite(connectionString).Options);
    }
}

/// <summary>A clock that stands still until moved.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
