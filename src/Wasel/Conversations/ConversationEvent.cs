using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wasel.Conversations;

/// <summary>Something that happened to a conversation besides a message: assigned, resolved, reopened, a note…</summary>
public sealed class ConversationEvent
{
    public long Id { get; set; }
    public long ConversationId { get; set; }
    public Conversation? Conversation { get; set; }
    /// <summary>created, reopened, assigned, resolved, snoozed, note, label_added, …</summary>
    public required string Kind { get; set; }
    public string? ActorId { get; set; }
    /// <summary>Details as JSON (e.g. the note's text, the new assignee).</summary>
    public string? Data { get; set; }
    public DateTimeOffset At { get; set; }
}

internal sealed class ConversationEventConfiguration : IEntityTypeConfiguration<ConversationEvent>
{
    public void Configure(EntityTypeBuilder<ConversationEvent> b)
    {
        b.Property(e => e.Kind).HasMaxLength(32);
        b.Property(e => e.ActorId).HasMaxLength(128);
        b.HasOne(e => e.Conversation).WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.ConversationId, e.Id });
    }
}
