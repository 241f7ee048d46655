using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wasel.Integrations.ApiKeys;

/// <summary>A key for the REST API. Only a hash of the secret is stored; the key is shown once, when made.</summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The key's public first characters, to find the row and to show in lists.</summary>
    public required string Prefix { get; set; }
    /// <summary>SHA-256 of the whole key (the key has 256 random bits, so a slow hash adds nothing).</summary>
    public required byte[] Hash { get; set; }
    public List<string> Scopes { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.Property(k => k.Name).HasMaxLength(128);
        b.Property(k => k.Prefix).HasMaxLength(32);
        b.HasIndex(k => k.Prefix).IsUnique();
        b.PrimitiveCollection(k => k.Scopes);
    }
}
