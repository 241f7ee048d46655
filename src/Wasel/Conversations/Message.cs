using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wasel.Conversations;

public enum MessageDirection
{
    Inbound,
    Outbound,
}

/// <summary>
/// Where an outbound message is on its way. Only moves forward (Queued → Sending → Sent → Delivered → Read);
/// Failed is final and keeps its error; Unknown means the send timed out and the outcome awaits a status webhook.
/// </summary>
public enum DeliveryState
{
    Queued = 0,
    Sending = 1,
    Unknown = 2,
    Sent = 3,
    Delivered = 4,
    Read = 5,
    Failed = 6,
    /// <summary>Inbound messages: received from the customer.</summary>
    Received = 7,
}

public sealed class Message
{
    public long Id { get; set; }
    public long ConversationId { get; set; }
    public Conversation Conversation { get; set; } = null!;
    public MessageDirection Direction { get; set; }
    /// <summary>Cloud API type: text, image, interactive, template, … or unsupported.</summary>
    public required string Type { get; set; }
    /// <summary>The type-specific object as JSON, in the Cloud API's shape.</summary>
    public required string Content { get; set; }
    /// <summary>WhatsApp's id (wamid…): unique, so a webhook delivered twice stores one message.</summary>
    public string? WaMessageId { get; set; }
    /// <summary>The wamid this message replies to, if any.</summary>
    public string? ReplyToWaMessageId { get; set; }
    public DeliveryState State { get; set; }
    public int? ErrorCode { get; set; }
    public string? ErrorTitle { get; set; }
    public string? ErrorDetails { get; set; }
    /// <summary>Pricing category reported by WhatsApp: marketing, utility, authentication, service.</summary>
    public string? CostCategory { get; set; }
    public bool? Billable { get; set; }
    /// <summary>Who wrote it: an agent's user id, "api:{key name}", "bot", or null for the customer.</summary>
    public string? AuthorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> b)
    {
        b.Property(m => m.Direction).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.Type).HasMaxLength(32);
        b.Property(m => m.WaMessageId).HasMaxLength(128);
        b.Property(m => m.ReplyToWaMessageId).HasMaxLength(128);
        b.Property(m => m.CostCategory).HasMaxLength(32);
        b.Property(m => m.AuthorId).HasMaxLength(128);
        b.HasOne(m => m.Conversation).WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.WaMessageId).IsUnique();
        b.HasIndex(m => new { m.ConversationId, m.Id });
    }
}
