using System.Globalization;
using System.Security.Cryptography;

namespace Wasel.Sandbox.Webhooks;

/// <summary>Meta's webhook envelope around a batch of changes, and the signatures over its exact bytes.</summary>
internal static class WebhookEnvelope
{
    /// <summary>
    /// Writes {"object":"whatsapp_business_account","entry":[…]} with one entry per change, as Meta batches them;
    /// entries of fields other than "messages" carry "time" (Unix seconds, a number).
    /// </summary>
    public static void Write(MetaJsonWriter writer, string wabaId, IReadOnlyList<PendingChange> changes)
    {
        Span<byte> digits = stackalloc byte[20];
        writer.Raw("{\"object\":\"whatsapp_business_account\",\"entry\":["u8);
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            if (i > 0) writer.Raw(","u8);
            writer.Raw("{\"id\":"u8);
            writer.String(wabaId);
            if (change.Field != "messages")
            {
                writer.Raw(",\"time\":"u8);
                change.CreatedAt.ToUnixTimeSeconds().TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
                writer.Raw(digits[..n]);
            }
            writer.Raw(",\"changes\":[{\"value\":"u8);
            writer.Write(change.Value);
            writer.Raw(",\"field\":"u8);
            writer.String(change.Field);
            writer.Raw("}]}"u8);
        }
        writer.Raw("]}"u8);
    }

    /// <summary>X-Hub-Signature-256 value: "sha256=" and the lowercase hex HMAC-SHA256 of the body.</summary>
    public static string Sha256Header(byte[] key, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, body));

    /// <summary>The legacy X-Hub-Signature value that Graph webhooks also carry: "sha1=" and HMAC-SHA1 in hex.</summary>
    public static string Sha1Header(byte[] key, ReadOnlySpan<byte> body) =>
        "sha1=" + Convert.ToHexStringLower(HMACSHA1.HashData(key, body));
}
