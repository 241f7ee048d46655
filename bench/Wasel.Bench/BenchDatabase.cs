using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Wasel.Bench;

/// <summary>A fresh, empty database for one Wasel run (a temporary SQLite file or a PostgreSQL database), dropped afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    public string Provider { get; }
    public string ConnectionString { get; }

    private BenchDatabase(string provider, string connectionString, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    public static async Task<BenchDatabase> CreateAsync(string provider, string postgresAdmin)
    {
        if (provider == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "wasel-bench-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            return new BenchDatabase("Sqlite", $"Data Source={Path.Combine(folder, "wasel.db")}", folder, null, null);
        }
        if (provider != "postgres") throw new ArgumentException($"--provider must be sqlite or postgres, got '{provider}'.");
        const string name = "wasel_bench";
        await AdminAsync(postgresAdmin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await AdminAsync(postgresAdmin, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = name }.ConnectionString;
        return new BenchDatabase("Postgres", connection, null, postgresAdmin, name);
    }

    /// <summary>Rows in the webhook inbox: all of them, and those still waiting to be processed.</summary>
    public async Task<(long Stored, long Pending, long Failed)> CountWebhooksAsync()
    {
        await using DbConnection connection = sqliteFolder is null ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*),
                   COUNT(*) FILTER (WHERE "ProcessedAt" IS NULL AND "Attempts" < 10),
                   COUNT(*) FILTER (WHERE "LastError" IS NOT NULL)
            FROM "InboundWebhooks"
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>Runs a query that returns one number (a count).</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using DbConnection connection = sqliteFolder is null ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }
        if (postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(postgresAdmin, $"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)");
        }
    }

    public static async Task<long> AdminScalarAsync(string admin, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task AdminAsync(string admin, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
