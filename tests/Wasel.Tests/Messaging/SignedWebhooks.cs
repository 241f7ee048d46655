using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Tests.Messaging;

/// <summary>Builds webhook bodies in Meta's shape and posts them signed with the embedded sandbox's app secret.</summary>
public static class SignedWebhooks
{
    public const string SandboxSecret = "sandbox-app-secret";

    public static string InboundText(string waId, string wamid, string body, long timestamp = 1_767_225_600, string name = "Test") =>
        Batch([(waId, wamid, body)], timestamp, name);

    public static string Batch((string WaId, string Wamid, string Body)[] messages, long timestamp = 1_767_225_600, string name = "Batch") => Envelope(new JsonObject
    {
        ["contacts"] = new JsonArray(messages.Select(m => m.WaId).Distinct()
            .Select(waId => (JsonNode)new JsonObject { ["profile"] = new JsonObject { ["name"] = name }, ["wa_id"] = waId }).ToArray()),
        ["messages"] = new JsonArray(messages.Select(m => (JsonNode)new JsonObject
        {
            ["from"] = m.WaId, ["id"] = m.Wamid, ["timestamp"] = timestamp.ToString(), ["type"] = "text", ["text"] = new JsonObject { ["body"] = m.Body },
        }).ToArray()),
    });

    public static string Status(string wamid, string status, string recipient, long timestamp) => Envelope(new JsonObject
    {
        ["statuses"] = new JsonArray(new JsonObject { ["id"] = wamid, ["status"] = status, ["timestamp"] = timestamp.ToString(), ["recipient_id"] = recipient }),
    });

    public static string Envelope(JsonObject value)
    {
        value["messaging_product"] = "whatsapp";
        value["metadata"] = new JsonObject { ["display_phone_number"] = "15550001234", ["phone_number_id"] = "1550000000001" };
        return new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = "1020000000000001",
                ["changes"] = new JsonArray(new JsonObject { ["field"] = "messages", ["value"] = value }),
            }),
        }.ToJsonString();
    }

    public static HttpRequestMessage Post(string body, string? secret = SandboxSecret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/whatsapp") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secret is not null) request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Compute(bytes, secret));
        return request;
    }
}
