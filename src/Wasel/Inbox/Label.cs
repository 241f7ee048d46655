using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wasel.Conversations;

namespace Wasel.Inbox;

/// <summary>A tag an agent puts on conversations (e.g. "complaint", "VIP order"), managed by admins.</summary>
public sealed class Label
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>A CSS hex colour, "#rrggbb".</summary>
    public string Color { get; set; } = "#607d8b";
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class ConversationLabel
{
    public long ConversationId { get; set; }
    public Conversation? Conversation { get; set; }
    public long LabelId { get; set; }
    public Label? Label { get; set; }
}

internal sealed class LabelConfiguration : IEntityTypeConfiguration<Label>
{
    public void Configure(EntityTypeBuilder<Label> b)
    {
        b.Property(l => l.Name).HasMaxLength(64);
        b.Property(l => l.Color).HasMaxLength(7);
        b.HasIndex(l => l.Name).IsUnique();
    }
}

internal sealed class ConversationLabelConfiguration : IEntityTypeConfiguration<ConversationLabel>
{
    public void Configure(EntityTypeBuilder<ConversationLabel> b)
    {
        b.HasKey(l => new { l.ConversationId, l.LabelId });
        b.HasOne(l => l.Conversation).WithMany().HasForeignKey(l => l.ConversationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Label).WithMany().HasForeignKey(l => l.LabelId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.LabelId);
    }
}
