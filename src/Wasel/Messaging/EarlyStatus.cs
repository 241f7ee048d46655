using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wasel.Messaging;

/// <summary>
/// A status webhook for a wamid Wasel has not recorded yet: it can overtake the send's own HTTP response. The
/// dispatcher applies it as soon as it records that wamid.
/// </summary>
public sealed class EarlyStatus
{
    public long Id { get; set; }
    public required string WaMessageId { get; set; }
    /// <summary>The status object as received (JSON), applied later exactly as if it had just arrived.</summary>
    public required string Status { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}

internal sealed class EarlyStatusConfiguration : IEntityTypeConfiguration<EarlyStatus>
{
    public void Configure(EntityTypeBuilder<EarlyStatus> b)
    {
        b.Property(s => s.WaMessageId).HasMaxLength(128);
        b.HasIndex(s => s.WaMessageId);
    }
}
