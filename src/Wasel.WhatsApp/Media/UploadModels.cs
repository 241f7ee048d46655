namespace Wasel.WhatsApp.Media;

/// <summary>A Resumable Upload session: its id ("upload:…") and how many bytes Meta holds so far.</summary>
internal sealed record UploadSession
{
    public required string Id { get; init; }

    public long FileOffset { get; init; }
}

/// <summary>The answer to the data POST of a Resumable Upload: the file handle.</summary>
internal sealed record UploadedFile
{
    public string? H { get; init; }
}
