using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wasel.Platform.Data;

namespace Wasel.Contacts;

public enum ConsentState
{
    /// <summary>No opt-in recorded: service replies only, no marketing.</summary>
    Unknown,
    OptedIn,
    OptedOut,
}

/// <summary>A customer, keyed by WhatsApp id (the E.164 number without '+').</summary>
public sealed class Contact
{
    public long Id { get; set; }
    public required string WaId { get; set; }
    /// <summary>The number in E.164 with '+', validated with libphonenumber.</summary>
    public required string PhoneE164 { get; set; }
    public string? Name { get; set; }
    /// <summary>Preferred language (ar, en, …); guessed from the first message when not set.</summary>
    public string? Language { get; set; }
    public Dictionary<string, string> Attributes { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public ConsentState Consent { get; set; }
    public DateTimeOffset? ConsentChangedAt { get; set; }
    /// <summary>Where the opt-in or opt-out came from (website, in-chat keyword, agent, …).</summary>
    public string? ConsentSource { get; set; }
    /// <summary>How the contact first reached the business (organic, ad referral, wa.me link, import).</summary>
    public string? Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.HasIndex(c => c.WaId).IsUnique();
        b.Property(c => c.WaId).HasMaxLength(32);
        b.Property(c => c.PhoneE164).HasMaxLength(32);
        b.Property(c => c.Name).HasMaxLength(256);
        b.Property(c => c.Language).HasMaxLength(16);
        b.Property(c => c.ConsentSource).HasMaxLength(64);
        b.Property(c => c.Source).HasMaxLength(128);
        b.Property(c => c.Consent).HasConversion<string>().HasMaxLength(16);
        b.PrimitiveCollection(c => c.Tags);
        b.Property(c => c.Attributes).HasJsonConversion();
        b.HasIndex(c => c.Name);
        b.HasIndex(c => c.UpdatedAt);
    }
}
