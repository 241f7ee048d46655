using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Wasel.Platform.Data;

/// <summary>The embedded default. Times are stored as sortable integers: SQLite cannot compare DateTimeOffset text.</summary>
public sealed class SqliteWaselDb(DbContextOptions<SqliteWaselDb> options) : WaselDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWaselDb>
{
    public SqliteWaselDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWaselDb>().UseSqlite("Data Source=design.db").Options);
}
