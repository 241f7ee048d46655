using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wasel.Conversations;

namespace Wasel.Media;

public enum MediaDirection
{
    /// <summary>Sent by a customer; downloaded from WhatsApp.</summary>
    Inbound,
    /// <summary>Uploaded by the business to send.</summary>
    Outbound,
}

public enum MediaState
{
    /// <summary>Waiting to be downloaded (or between retries).</summary>
    Pending,
    Stored,
    /// <summary>Gave up: the error says why.</summary>
    Failed,
}

/// <summary>
/// A media file known to Wasel: for inbound messages also the download queue (claimed with a lease, retried with
/// back-off), for uploads the local copy of what was sent to WhatsApp.
/// </summary>
public sealed class MediaFile
{
    public long Id { get; set; }
    /// <summary>The inbound message carrying this media; null for uploads, which any number of messages may use.</summary>
    public long? MessageId { get; set; }
    public required string WhatsAppMediaId { get; set; }
    public MediaDirection Direction { get; set; }
    public required string MimeType { get; set; }
    public long? Size { get; set; }
    /// <summary>SHA-256 as lowercase hex: the one announced until stored, then the one computed over the stored bytes.</summary>
    public string? Sha256 { get; set; }
    /// <summary>The sender's file name, cleaned for display and downloads; never part of a path.</summary>
    public string? FileName { get; set; }
    /// <summary>Relative to Media:Folder, chosen by Wasel alone.</summary>
    public string? StoragePath { get; set; }
    public MediaState State { get; set; }
    public string? Error { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LeasedUntil { get; set; }
    /// <summary>Random token of the claim that holds the lease: a worker reads back only the rows it won.</summary>
    public Guid? LeaseToken { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StoredAt { get; set; }
}

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> b)
    {
        b.Property(f => f.Direction).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.State).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.WhatsAppMediaId).HasMaxLength(128);
        b.Property(f => f.MimeType).HasMaxLength(255);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.FileName).HasMaxLength(255);
        b.Property(f => f.StoragePath).HasMaxLength(255);
        b.Property(f => f.Error).HasMaxLength(2000);
        // One row per inbound message: the unique index makes enlisting a message twice (two nodes) harmless.
        b.HasOne<Message>().WithMany().HasForeignKey(f => f.MessageId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.MessageId).IsUnique();
        b.HasIndex(f => new { f.State, f.NextAttemptAt });
        b.HasIndex(f => f.WhatsAppMediaId);
    }
}
