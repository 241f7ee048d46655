using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// The <c>X-Hub-Signature-256</c> header: <c>sha256=</c> and the hex HMAC-SHA256 of the raw request body keyed with
/// the app secret. Always check the bytes as received: Meta signs an ASCII-escaped body, so re-serialised JSON
/// (even semantically identical) has a different signature.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header Meta puts the signature in.</summary>
    public const string HeaderName = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";
    private const int HexLength = SHA256.HashSizeInBytes * 2;

    /// <summary>Computes the header value for a body: <c>sha256=</c> followed by lowercase hex, as Meta sends it.</summary>
    /// <param name="body">The exact bytes that will be sent.</param>
    /// <param name="appSecret">The Meta app secret.</param>
    public static string Compute(ReadOnlySpan<byte> body, string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        Span<byte> mac = stackalloc byte[SHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body, mac);
        return Prefix + Convert.ToHexStringLower(mac);
    }

    /// <summary>Checks a signature header against the raw body in constant time.</summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="header">The X-Hub-Signature-256 header value, or null when absent.</param>
    /// <param name="appSecret">The Meta app secret.</param>
    public static SignatureCheck Verify(ReadOnlySpan<byte> body, string? header, string? appSecret)
    {
        if (string.IsNullOrEmpty(appSecret))
            return new SignatureCheck(SignatureFailure.NoSecretConfigured);
        if (string.IsNullOrWhiteSpace(header))
            return new SignatureCheck(SignatureFailure.MissingHeader);

        var value = header.AsSpan().Trim();
        if (!value.StartsWith(Prefix, StringComparison.Ordinal))
            return new SignatureCheck(SignatureFailure.WrongPrefix);

        var hex = value[Prefix.Length..];
        if (hex.Length != HexLength)
            return new SignatureCheck(SignatureFailure.WrongLength);

        // FromHexString accepts both cases, so signers that emit uppercase hex still verify.
        Span<byte> given = stackalloc byte[SHA256.HashSizeInBytes];
        if (Convert.FromHexString(hex, given, out _, out var written) != OperationStatus.Done || written != given.Length)
            return new SignatureCheck(SignatureFailure.NotHex);

        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body, expected);
        return CryptographicOperations.FixedTimeEquals(given, expected)
            ? new SignatureCheck(null)
            : new SignatureCheck(SignatureFailure.Mismatch);
    }
}

/// <summary>Why a webhook signature was refused.</summary>
public enum SignatureFailure
{
    /// <summary>The X-Hub-Signature-256 header is absent or empty.</summary>
    MissingHeader,

    /// <summary>The header does not start with <c>sha256=</c>.</summary>
    WrongPrefix,

    /// <summary>The digest is not 64 hex characters long.</summary>
    WrongLength,

    /// <summary>The digest contains characters that are not hex digits.</summary>
    NotHex,

    /// <summary>The digest is well formed but does not match the body: tampered body or wrong app secret.</summary>
    Mismatch,

    /// <summary>No app secret is configured on this side, so nothing can be verified.</summary>
    NoSecretConfigured,
}

/// <summary>The outcome of <see cref="WebhookSignature.Verify"/>.</summary>
/// <param name="Failure">Why the signature was refused; null when it is valid.</param>
public readonly record struct SignatureCheck(SignatureFailure? Failure)
{
    /// <summary>True when the body is authentic.</summary>
    public bool IsValid => Failure is null;

    /// <summary>A sentence for logs explaining the outcome.</summary>
    public string Reason => Failure switch
    {
        null => "Signature valid.",
        SignatureFailure.MissingHeader => $"The {WebhookSignature.HeaderName} header is missing.",
        SignatureFailure.WrongPrefix => $"The {WebhookSignature.HeaderName} header must start with 'sha256='.",
        SignatureFailure.WrongLength => "The signature must be 64 hex characters after 'sha256='.",
        SignatureFailure.NotHex => "The signature contains characters that are not hex digits.",
        SignatureFailure.Mismatch => "The signature does not match the body: check the app secret, and hash the raw body.",
        SignatureFailure.NoSecretConfigured => "No app secret is configured (WhatsApp:AppSecret).",
        _ => Failure.Value.ToString(),
    };
}
