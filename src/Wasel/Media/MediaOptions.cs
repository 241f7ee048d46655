namespace Wasel.Media;

/// <summary>The "Media" section.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Where files are kept; relative paths are under the content root. Created if missing.</summary>
    public string Folder { get; set; } = "data/media";

    /// <summary>Download customers' media on this node (off: another node does it).</summary>
    public bool DownloadInbound { get; set; } = true;

    /// <summary>Download attempts before a file is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the first retry; doubled on each further attempt, up to an hour.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a claimed download is held before another node may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(1);
}
