using System.Globalization;
using System.Text;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Bench;

/// <summary>A webhook POST body and its X-Hub-Signature-256 header, built before the clock starts.</summary>
internal sealed record SignedWebhook(byte[] Body, string Signature);

/// <summary>
/// Realistic webhook traffic: per ten POSTs, three inbound text messages (Arabic and English, some with emoji) and seven
/// statuses (sent, delivered, read), the mix Meta's 3× outbound + 1× inbound planning figure suggests. Bodies are
/// compact JSON with every non-ASCII character and '/' escaped as Meta sends them, each with a unique wamid.
/// </summary>
internal static class WebhookBodies
{
    private const string WabaId = "1020000000000001";
    private const string PhoneNumberId = "1550000000001";
    private const string DisplayPhone = "15550001234";

    private static readonly string[] Arabic =
    [
        "مرحبا، أريد معرفة حالة طلبي رقم {0}",
        "هل المنتج متوفر باللون الأزرق؟",
        "شكراً لكم على سرعة التوصيل 🌹",
        "متى تفتحون غداً؟ أحتاج إلى استبدال المقاس",
    ];

    private static readonly string[] English =
    [
        "Hi, where is my order #{0}?",
        "Can I change the delivery address to 12 King Fahd Rd / Riyadh?",
        "Thanks! 👍 Got it",
    ];

    private static readonly string[] Names = ["محمد العتيبي", "Sara Ahmed", "نورة القحطاني", "Omar Haddad", "ليلى"];
    private static readonly string[] Statuses = ["sent", "delivered", "read", "sent", "delivered", "read", "delivered"];

    public static SignedWebhook[] Build(int count, string appSecret, string runId)
    {
        var result = new SignedWebhook[count];
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            var customer = "9665" + (i * 7919 % 5000).ToString("D8", CultureInfo.InvariantCulture);
            var wamid = Wamid(customer, runId, i);
            var json = (i % 10) switch
            {
                0 or 4 => Inbound(customer, wamid, timestamp, string.Format(CultureInfo.InvariantCulture, Arabic[i / 10 % Arabic.Length], i), Names[i % Names.Length]),
                7 => Inbound(customer, wamid, timestamp, string.Format(CultureInfo.InvariantCulture, English[i / 10 % English.Length], i), Names[i % Names.Length]),
                _ => Status(customer, wamid, timestamp, Statuses[i % Statuses.Length]),
            };
            var body = Encoding.ASCII.GetBytes(json);
            result[i] = new SignedWebhook(body, WebhookSignature.Compute(body, appSecret));
        }
        return result;
    }

    private static string Inbound(string from, string wamid, string timestamp, string text, string name) =>
        Envelope($$$"""{"messaging_product":"whatsapp","metadata":{"display_phone_number":"{{{DisplayPhone}}}","phone_number_id":"{{{PhoneNumberId}}}"},"contacts":[{"profile":{"name":"{{{Escape(name)}}}"},"wa_id":"{{{from}}}"}],"messages":[{"from":"{{{from}}}","id":"{{{wamid}}}","timestamp":"{{{timestamp}}}","text":{"body":"{{{Escape(text)}}}"},"type":"text"}]}""");

    private static string Status(string recipient, string wamid, string timestamp, string status) =>
        Envelope($$$"""{"messaging_product":"whatsapp","metadata":{"display_phone_number":"{{{DisplayPhone}}}","phone_number_id":"{{{PhoneNumberId}}}"},"statuses":[{"id":"{{{wamid}}}","status":"{{{status}}}","timestamp":"{{{timestamp}}}","recipient_id":"{{{recipient}}}","pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"utility"}}]}""");

    private static string Envelope(string value) =>
        $$$"""{"object":"whatsapp_business_account","entry":[{"id":"{{{WabaId}}}","changes":[{"value":{{{value}}},"field":"messages"}]}]}""";

    /// <summary>Shaped like Meta's: "wamid." and base64 of an opaque id that embeds the customer's number.</summary>
    private static string Wamid(string customer, string runId, int i) =>
        "wamid." + Convert.ToBase64String(Encoding.ASCII.GetBytes($"HBgM{customer}FQIAERgS{runId}{i:X8}"));

    /// <summary>JSON string content as Meta writes it: pure ASCII, \uXXXX with lowercase hex, '/' as \/.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '/': sb.Append("\\/"); break;
                case '\n': sb.Append("\\n"); break;
                case < ' ' or > '~': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
