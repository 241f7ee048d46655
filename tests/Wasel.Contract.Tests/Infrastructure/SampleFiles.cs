namespace Wasel.Contract.Tests.Infrastructure;

/// <summary>Small files of each media kind (content is arbitrary: neither side inspects the bytes).</summary>
public static class SampleFiles
{
    public static (string MimeType, string FileName) For(string kind) => kind switch
    {
        "image" => ("image/png", "shop.png"),
        "document" => ("application/pdf", "invoice.pdf"),
        "audio" => ("audio/ogg", "note.ogg"),
        "video" => ("video/mp4", "clip.mp4"),
        "sticker" => ("image/webp", "smile.webp"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static byte[] Bytes(int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
