using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wasel.Agents;

/// <summary>A person who signs in to Wasel: an agent, a supervisor or an admin (the role is an Identity role).</summary>
public sealed class Agent : IdentityUser
{
    public required string DisplayName { get; set; }
    /// <summary>The UI language: "en" or "ar".</summary>
    public string UiLanguage { get; set; } = "en";
    /// <summary>Languages the agent serves customers in (ISO 639-1 codes), used when routing.</summary>
    public List<string> Languages { get; set; } = [];
    /// <summary>Open conversations the agent may hold at once; null for no cap.</summary>
    public int? ConcurrencyCap { get; set; }
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> b)
    {
        b.Property(a => a.DisplayName).HasMaxLength(128);
        b.Property(a => a.UiLanguage).HasMaxLength(8);
        b.PrimitiveCollection(a => a.Languages);
    }
}
