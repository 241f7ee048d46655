using Microsoft.EntityFrameworkCore;
using Npgsql;
using Wasel.Platform.Data;

namespace Wasel.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test: a temporary SQLite file, or a new PostgreSQL database on the server named
/// by WASEL_TEST_POSTGRES (dropped afterwards). Migrations are applied by whoever opens it (the app or the test).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "WASEL_TEST_POSTGRES";

    private readonly string? sqliteFile;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Both providers for [Theory] data; PostgreSQL cases skip themselves when the server is not configured.</summary>
    public static TheoryData<DatabaseProvider> Providers => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"wasel-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file}", file, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
            Assert.Skip($"PostgreSQL not configured: set {PostgresVariable} to a connection string (e.g. 'Host=localhost;Username=wasel;Password=wasel') to run this case. .ci/run does.");
        // The server's maintenance database unless the variable names another, so that CREATE DATABASE can run.
        var adminBuilder = new NpgsqlConnectionStringBuilder(admin);
        if (string.IsNullOrEmpty(adminBuilder.Database)) adminBuilder.Database = "postgres";
        admin = adminBuilder.ConnectionString;
        var name = $"wasel_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, admin, name);
    }

    /// <summary>A context on this database, with migrations applied.</summary>
    public async Task<WaselDb> OpenMigratedAsync()
    {
        WaselDb db = Provider == DatabaseProvider.Sqlite
            ? new SqliteWaselDb(new DbContextOptionsBuilder<SqliteWaselDb>().UseSqlite(ConnectionString).Options)
            : new PostgresWaselDb(new DbContextOptionsBuilder<PostgresWaselDb>().UseNpgsql(ConnectionString).Options);
        await db.Database.MigrateAsync();
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                try { File.Delete(sqliteFile + suffix); } catch (IOException) { }
        }
        if (postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
