using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wasel.Messaging;

/// <summary>
/// A webhook POST from WhatsApp, stored exactly as received (after its signature was checked) before the
/// endpoint answers 200; a worker processes it from here, so nothing acknowledged is lost.
/// </summary>
public sealed class InboundWebhook
{
    public long Id { get; set; }
    /// <summary>The raw body as received (UTF-8 text of the signed bytes).</summary>
    public required string Payload { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>A worker holding this row until this time (lease), so several nodes never process it twice at once.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }
    /// <summary>Random token of the claim that holds the lease: a worker reads back only the rows it won.</summary>
    public Guid? LeaseToken { get; set; }
    public string? LastError { get; set; }
}

internal sealed class InboundWebhookConfiguration : IEntityTypeConfiguration<InboundWebhook>
{
    public void Configure(EntityTypeBuilder<InboundWebhook> b)
    {
        b.HasIndex(w => new { w.ProcessedAt, w.NextAttemptAt });
        b.Property(w => w.LastError).HasMaxLength(2000);
    }
}
