using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wasel.Conversations;

public enum MessageDirection
{
    Inbound,
    Outbound,
}

/// <summary>
/// Where a message is. Outbound messages only move forward (Queued → Sending → Accepted → Sent → Delivered → Read);
/// Failed keeps its error; Unknown means a send timed out and waits for a status webhook before any resend.
/// </summary>
public enum DeliveryState
{
    Queued,
    Sending,
    Unknown,
    Accepted,
    Sent,
    Delivered,
    Read,
    Failed,
    /// <summary>Inbound messages: received from the customer.</summary>
    Received,
}

public sealed class Message
{
    public long Id { get; set; }
    public long ConversationId { get; set; }
    public Conversation Conversation { get; set; } = null!;
    public MessageDirection Direction { get; set; }
    /// <summary>Cloud API type: text, image, interactive, template, … or unsupported.</summary>
    public required string Type { get; set; }
    /// <summary>The message object as JSON in the Cloud API's shape (inbound: as received; outbound: as sent).</summary>
    public required string Content
    {
        get => content;
        set
        {
            content = value;
            Text = MessageText.Of(value);
        }
    }
    // EF reads and writes the field, so loading a message does not parse its JSON again.
    private string content = "";
    /// <summary>The words a person reads in the message, derived from <see cref="Content"/> whenever it is set; what search matches.</summary>
    public string? Text { get; private set; }
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
    /// <summary>The sender's Idempotency-Key: the same key from the same author sends once and returns the first result.</summary>
    public string? IdempotencyKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    /// <summary>Bumped on every update: two status webhooks for one message never overwrite each other.</summary>
    public int Version { get; set; }
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
        b.Property(m => m.IdempotencyKey).HasMaxLength(128);
        b.HasIndex(m => new { m.AuthorId, m.IdempotencyKey }).IsUnique();
        b.HasOne(m => m.Conversation).WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.WaMessageId).IsUnique();
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasIndex(m => new { m.ConversationId, m.Id });
    }
}
