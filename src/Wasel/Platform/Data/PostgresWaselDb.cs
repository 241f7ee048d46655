using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wasel.Platform.Data;

/// <summary>The provider for scale: several app nodes on one PostgreSQL.</summary>
public sealed class PostgresWaselDb(DbContextOptions<PostgresWaselDb> options) : WaselDb(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Conversations.Message>().Property(m => m.Content).HasColumnType("jsonb");
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWaselDb>
{
    public PostgresWaselDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWaselDb>().UseNpgsql("Host=localhost;Database=wasel_design").Options);
}
