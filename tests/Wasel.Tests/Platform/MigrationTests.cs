using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Platform;

public class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_cover_the_whole_model(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.OpenMigratedAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model changed without a migration: add one for both providers.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_first_migration_of_a_new_database_logs_no_error(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var errors = new ErrorLog();
        using var logging = LoggerFactory.Create(b => b.AddProvider(errors).SetMinimumLevel(LogLevel.Debug));
        await using WaselDb db = provider == DatabaseProvider.Sqlite
            ? new SqliteWaselDb(new DbContextOptionsBuilder<SqliteWaselDb>().UseSqlite(database.ConnectionString).UseLoggerFactory(logging).Options)
            : new PostgresWaselDb(new DbContextOptionsBuilder<PostgresWaselDb>().UseNpgsql(database.ConnectionString).UseLoggerFactory(logging).Options);

        await DatabaseMigrator.MigrateAsync(db, TestContext.Current.CancellationToken);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Empty(errors.Lines);
    }

    /// <summary>Keeps what is logged at Error or above.</summary>
    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) Lines.Enqueue(formatter(state, exception));
        }
        public void Dispose() { }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_whatsapp_message_id_is_stored_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.OpenMigratedAsync();
        var now = DateTimeOffset.Parse("2026-01-02T03:04:05Z");
        var contact = new Contact { WaId = "966500000001", PhoneE164 = "+966500000001", CreatedAt = now, UpdatedAt = now, Tags = ["vip"], Attributes = { ["city"] = "الرياض" } };
        var conversation = new Conversation { Contact = contact, CreatedAt = now, UpdatedAt = now, LastMessageAt = now };
        db.Add(conversation);
        db.Add(new Message { Conversation = conversation, Type = "text", Content = """{"body":"hi"}""", WaMessageId = "wamid.same", CreatedAt = now });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        db.Add(new Message { ConversationId = conversation.Id, Type = "text", Content = """{"body":"again"}""", WaMessageId = "wamid.same", CreatedAt = now });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Times_sort_and_compare_in_queries(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = await database.OpenMigratedAsync())
        {
            var start = DateTimeOffset.Parse("2026-01-02T00:00:00Z");
            for (var i = 0; i < 3; i++)
            {
                var at = start.AddHours(i);
                db.Add(new Contact { WaId = $"96650000010{i}", PhoneE164 = $"+96650000010{i}", CreatedAt = at, UpdatedAt = at });
            }
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var read = await database.OpenMigratedAsync();
        var after = DateTimeOffset.Parse("2026-01-02T00:30:00Z");
        var newest = await read.Contacts.Where(c => c.UpdatedAt > after).OrderByDescending(c => c.UpdatedAt)
            .Select(c => c.WaId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["966500000102", "966500000101"], newest);
    }
}
