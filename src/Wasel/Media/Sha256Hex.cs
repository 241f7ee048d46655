namespace Wasel.Media;

/// <summary>Webhooks carry a file's SHA-256 in base64, the media lookup in hex: both are kept as lowercase hex.</summary>
public static class Sha256Hex
{
    public static string? From(string? given)
    {
        if (string.IsNullOrWhiteSpace(given)) return null;
        if (given.Length == 64 && given.All(Uri.IsHexDigit)) return given.ToLowerInvariant();
        var bytes = new byte[32];
        return Convert.TryFromBase64String(given, bytes, out var written) && written == 32 ? Convert.ToHexStringLower(bytes) : null;
    }

    public static string Of(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
}
