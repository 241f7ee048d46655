using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wasel.Contacts;
using Wasel.Conversations;

namespace Wasel.Platform.Data;

/// <summary>The provider for scale: several app nodes on one PostgreSQL.</summary>
public sealed class PostgresWaselDb(DbContextOptions<PostgresWaselDb> options) : WaselDb(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Message>().Property(m => m.Content).HasColumnType("jsonb");

        // Inbox search is a substring match (ILIKE '%term%'): trigram indexes serve it in any script, Arabic included.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<Message>().HasIndex(m => m.Text, "IX_Messages_Text_Trigram").HasMethod("gin").HasOperators("gin_trgm_ops");
        modelBuilder.Entity<Contact>().HasIndex(c => c.Name, "IX_Contacts_Name_Trigram").HasMethod("gin").HasOperators("gin_trgm_ops");
        modelBuilder.Entity<Contact>().HasIndex(c => c.WaId, "IX_Contacts_WaId_Trigram").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWaselDb>
{
    public PostgresWaselDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWaselDb>().UseNpgsql("Host=localhost;Database=wasel_design").Options);
}
