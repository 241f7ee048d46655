using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wasel.Conversations;

namespace Wasel.Messaging;

/// <summary>
/// A queued send: written in the same transaction as its <see cref="Message"/>, claimed by one dispatcher at a
/// time, deleted once WhatsApp has answered (accepted or refused for good).
/// </summary>
public sealed class OutboundDispatch
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public Message Message { get; set; } = null!;
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LeasedUntil { get; set; }
    /// <summary>Random token of the claim that holds the lease: a dispatcher reads back only the rows it won.</summary>
    public Guid? LeaseToken { get; set; }
    public string? LastError { get; set; }
}

internal sealed class OutboundDispatchConfiguration : IEntityTypeConfiguration<OutboundDispatch>
{
    public void Configure(EntityTypeBuilder<OutboundDispatch> b)
    {
        b.HasOne(d => d.Message).WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => d.MessageId).IsUnique();
        b.HasIndex(d => d.NextAttemptAt);
        b.Property(d => d.LastError).HasMaxLength(2000);
    }
}
