namespace Wasel.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The "Database" configuration section; the connection string is ConnectionStrings:Wasel.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts (turn off when a release step migrates instead).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public const string DefaultSqlite = "Data Source=data/wasel.db";
}
