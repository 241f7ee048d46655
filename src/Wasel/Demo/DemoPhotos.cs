using System.Security.Cryptography;

namespace Wasel.Demo;

/// <summary>The pictures demo customers sent, shipped in the assembly so the demo shows real images, not broken links.</summary>
internal static class DemoPhotos
{
    public const string DatesTrayId = "900000000000001";
    public const string GrinderLidId = "900000000000002";
    public const string MimeType = "image/png";

    private static readonly Dictionary<string, string> Files = new()
    {
        [DatesTrayId] = "dates-tray.png",
        [GrinderLidId] = "grinder-lid.png",
    };

    public static IEnumerable<string> Ids => Files.Keys;

    public static byte[] Bytes(string mediaId)
    {
        using var stream = typeof(DemoPhotos).Assembly.GetManifestResourceStream("Wasel.Demo.Photos." + Files[mediaId])
            ?? throw new InvalidOperationException($"Demo photo {Files[mediaId]} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>SHA-256 in base64, as webhooks carry it.</summary>
    public static string Sha256(string mediaId) => Convert.ToBase64String(SHA256.HashData(Bytes(mediaId)));
}
