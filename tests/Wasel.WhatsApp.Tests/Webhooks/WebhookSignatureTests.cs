using System.Text;
using System.Text.Json.Nodes;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.WhatsApp.Tests.Webhooks;

public class WebhookSignatureTests
{
    private const string Secret = "d2c1a7e94f0b3856";

    // Meta's byte format for a text message from "ليلى" saying "مرحبا 😀 https://wasel.example/a".
    private const string MetaBody =
        """{"object":"whatsapp_business_account","entry":[{"id":"309412748821563","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"966115550100","phone_number_id":"418273645509812"},"contacts":[{"profile":{"name":"\u0644\u064a\u0644\u0649"},"wa_id":"966501234567"}],"messages":[{"from":"966501234567","id":"wamid.SIG1","timestamp":"1764150000","type":"text","text":{"body":"\u0645\u0631\u062d\u0628\u0627 \ud83d\ude00 https:\/\/wasel.example\/a"}}]},"field":"messages"}]}]}""";

    private static JsonNode ArabicEmojiPayload() => new JsonObject
    {
        ["object"] = "whatsapp_business_account",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = "309412748821563",
            ["changes"] = new JsonArray(new JsonObject
            {
                ["value"] = new JsonObject
                {
                    ["messaging_product"] = "whatsapp",
                    ["metadata"] = new JsonObject { ["display_phone_number"] = "966115550100", ["phone_number_id"] = "418273645509812" },
                    ["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = "ليلى" }, ["wa_id"] = "966501234567" }),
                    ["messages"] = new JsonArray(new JsonObject
                    {
                        ["from"] = "966501234567", ["id"] = "wamid.SIG1", ["timestamp"] = "1764150000", ["type"] = "text",
                        ["text"] = new JsonObject { ["body"] = "مرحبا 😀 https://wasel.example/a" },
                    }),
                },
                ["field"] = "messages",
            }),
        }),
    };

    [Fact]
    public void Matches_an_independently_computed_hmac()
    {
        // openssl dgst -sha256 -hmac d2c1a7e94f0b3856 over the 49 bytes below.
        var body = Encoding.UTF8.GetBytes("""{"object":"whatsapp_business_account","entry":[]}""");

        Assert.Equal("sha256=875f0fec532486c9195384d1d2e224dcd29d0d29fd3c998bdb6300028215c70b", WebhookSignature.Compute(body, Secret));
    }

    [Fact]
    public void Encodes_arabic_and_emoji_as_meta_does()
    {
        var escaped = MetaStyleJson.Escaped(ArabicEmojiPayload());

        Assert.Equal(MetaBody, Encoding.ASCII.GetString(escaped));
        // Same secret, computed with openssl over MetaBody's 501 bytes.
        Assert.Equal("sha256=e6fcf0bd8be7857c57020b5ebe94c3124afcdd0ab3248ee41e867239373eff49", WebhookSignature.Compute(escaped, Secret));
    }

    [Fact]
    public void Verifies_meta_escaped_body_and_parses_the_arabic_back()
    {
        var body = MetaStyleJson.Escaped(ArabicEmojiPayload());
        var header = WebhookSignature.Compute(body, Secret);

        Assert.True(WebhookSignature.Verify(body, header, Secret).IsValid);
        var message = Assert.IsType<InboundMessage>(Assert.Single(WebhookParser.Parse(body).Events));
        Assert.Equal("مرحبا 😀 https://wasel.example/a", message.Text!.Body);
        Assert.Equal("ليلى", message.Contact!.Profile!.Name);
    }

    [Fact]
    public void Same_json_as_raw_utf8_has_another_signature_so_only_raw_bytes_verify()
    {
        var escaped = MetaStyleJson.Escaped(ArabicEmojiPayload());
        var utf8 = MetaStyleJson.Utf8(ArabicEmojiPayload());
        var header = WebhookSignature.Compute(escaped, Secret);

        Assert.NotEqual(header, WebhookSignature.Compute(utf8, Secret));
        Assert.Equal(SignatureFailure.Mismatch, WebhookSignature.Verify(utf8, header, Secret).Failure);
        // Same content, different bytes.
        Assert.Equal(BodyOf(escaped), BodyOf(utf8));
        Assert.NotEqual(escaped.Length, utf8.Length);
    }

    private static string BodyOf(byte[] body) =>
        Assert.IsType<InboundMessage>(WebhookParser.Parse(body).Events[0]).Text!.Body;

    [Fact]
    public void Rejects_a_body_with_one_flipped_byte()
    {
        var body = MetaStyleJson.Escaped(ArabicEmojiPayload());
        var header = WebhookSignature.Compute(body, Secret);
        body[body.Length / 2] ^= 0x01;

        Assert.Equal(SignatureFailure.Mismatch, WebhookSignature.Verify(body, header, Secret).Failure);
    }

    [Fact]
    public void Rejects_a_signature_made_with_another_secret()
    {
        var body = MetaStyleJson.Escaped(ArabicEmojiPayload());

        var check = WebhookSignature.Verify(body, WebhookSignature.Compute(body, "another-secret"), Secret);

        Assert.False(check.IsValid);
        Assert.Equal(SignatureFailure.Mismatch, check.Failure);
    }

    [Fact]
    public void Accepts_uppercase_hex()
    {
        var body = Encoding.ASCII.GetBytes(MetaBody);
        var header = "sha256=" + WebhookSignature.Compute(body, Secret)["sha256=".Length..].ToUpperInvariant();

        Assert.True(WebhookSignature.Verify(body, header, Secret).IsValid);
    }

    [Theory]
    [InlineData(null, SignatureFailure.MissingHeader)]
    [InlineData("", SignatureFailure.MissingHeader)]
    [InlineData("sha1=875f0fec532486c9195384d1d2e224dcd29d0d29fd3c998bdb6300028215c70b", SignatureFailure.WrongPrefix)]
    [InlineData("875f0fec532486c9195384d1d2e224dcd29d0d29fd3c998bdb6300028215c70b", SignatureFailure.WrongPrefix)]
    [InlineData("sha256=875f0fec", SignatureFailure.WrongLength)]
    [InlineData("sha256=875f0fec532486c9195384d1d2e224dcd29d0d29fd3c998bdb6300028215c70b00", SignatureFailure.WrongLength)]
    [InlineData("sha256=zz5f0fec532486c9195384d1d2e224dcd29d0d29fd3c998bdb6300028215c70b", SignatureFailure.NotHex)]
    public void Rejects_missing_or_malformed_headers(string? header, SignatureFailure expected)
    {
        var body = Encoding.UTF8.GetBytes("""{"object":"whatsapp_business_account","entry":[]}""");

        var check = WebhookSignature.Verify(body, header, Secret);

        Assert.Equal(expected, check.Failure);
        Assert.NotEmpty(check.Reason);
    }

    [Fact]
    public void Refuses_to_verify_without_a_configured_secret()
    {
        var body = Encoding.UTF8.GetBytes("{}");

        Assert.Equal(SignatureFailure.NoSecretConfigured, WebhookSignature.Verify(body, WebhookSignature.Compute(body, Secret), "").Failure);
    }
}
