using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wasel.Inbox;

/// <summary>A saved reply agents insert with "/shortcut" in the compose box.</summary>
public sealed class CannedResponse
{
    public long Id { get; set; }
    /// <summary>Typed after "/" to find it: letters, digits, '-' and '_'.</summary>
    public required string Shortcut { get; set; }
    public required string Text { get; set; }
    /// <summary>"en", "ar", or null for any.</summary>
    public string? Language { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class CannedResponseConfiguration : IEntityTypeConfiguration<CannedResponse>
{
    public void Configure(EntityTypeBuilder<CannedResponse> b)
    {
        b.Property(c => c.Shortcut).HasMaxLength(32);
        b.Property(c => c.Text).HasMaxLength(4096);
        b.Property(c => c.Language).HasMaxLength(8);
        b.HasIndex(c => c.Shortcut).IsUnique();
    }
}
