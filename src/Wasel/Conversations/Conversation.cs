using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wasel.Contacts;

namespace Wasel.Conversations;

public enum ConversationStatus
{
    Open,
    Pending,
    Snoozed,
    Resolved,
}

/// <summary>A thread with one contact on the business number, from its first message until it is resolved.</summary>
public sealed class Conversation
{
    public long Id { get; set; }
    public long ContactId { get; set; }
    public Contact Contact { get; set; } = null!;
    public ConversationStatus Status { get; set; }
    /// <summary>The agent serving it (user id), if any.</summary>
    public string? AssigneeId { get; set; }
    public long? TeamId { get; set; }
    /// <summary>End of the 24-hour customer-service window: free-form messages only before it.</summary>
    public DateTimeOffset? WindowExpiresAt { get; set; }
    public DateTimeOffset? SnoozedUntil { get; set; }
    public DateTimeOffset LastMessageAt { get; set; }
    /// <summary>The customer's last message: the waiting time starts there.</summary>
    public DateTimeOffset? LastInboundAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    /// <summary>Customer messages no agent has opened yet.</summary>
    public int UnreadCount { get; set; }
}

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> b)
    {
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.AssigneeId).HasMaxLength(64);
        b.HasOne(c => c.Contact).WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.ContactId, c.Status });
        // At most one unresolved conversation per contact, even when two nodes take the contact's first messages at once.
        b.HasIndex(c => c.ContactId, "IX_Conversations_OneUnresolvedPerContact").IsUnique().HasFilter("\"Status\" <> 'Resolved'");
        b.HasIndex(c => new { c.Status, c.LastMessageAt });
        // Any status, latest first: a search for a common word walks it and stops after one page.
        b.HasIndex(c => c.LastMessageAt);
        // The inbox sorted by waiting time (oldest customer message first).
        b.HasIndex(c => new { c.Status, c.LastInboundAt });
        b.HasIndex(c => new { c.AssigneeId, c.Status, c.LastMessageAt });
        b.HasIndex(c => c.UpdatedAt);
        b.HasOne<Agents.Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => new { c.TeamId, c.Status, c.LastMessageAt });
    }
}
