using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wasel.Conversations;

namespace Wasel.Channel;

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
    public string? LeasedBy { get; set; }
    public string? LastError { get; set; }
}

internal sealed class OutboundDispatchConfiguration : IEntityTypeConfiguration<OutboundDispatch>
{
    public void Configure(EntityTypeBuilder<OutboundDispatch> b)
    {
        b.HasOne(d => d.Message).WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => d.MessageId).IsUnique();
        b.HasIndex(d => d.NextAttemptAt);
        b.Property(d => d.LeasedBy).HasMaxLength(128);
        b.Property(d => d.LastError).HasMaxLength(2000);
    }
}
