using System.Text.Json.Nodes;
using Wasel.Conversations;

namespace Wasel.Demo;

/// <summary>Short constructors for the demo script, so that the conversations read like conversations.</summary>
internal static class Say
{
    public static readonly DemoError ReEngagement = new(131047, "Re-engagement message",
        "Message failed to send because more than 24 hours have passed since the customer last replied to this number.");

    public static DemoMessage Customer(double hoursAgo, string text) =>
        In(hoursAgo, "text", new JsonObject { ["body"] = text });

    public static DemoMessage CustomerFromAd(double hoursAgo, string text, string adId, string headline) =>
        Customer(hoursAgo, text) with
        {
            Referral = new JsonObject
            {
                ["source_url"] = $"https://fb.me/{adId[^6..]}",
                ["source_id"] = adId,
                ["source_type"] = "ad",
                ["headline"] = headline,
                ["media_type"] = "image",
            },
        };

    public static DemoMessage CustomerPhoto(double hoursAgo, string caption, string mediaId) =>
        In(hoursAgo, "image", new JsonObject
        {
            ["caption"] = caption,
            ["mime_type"] = DemoPhotos.MimeType,
            ["sha256"] = DemoPhotos.Sha256(mediaId),
            ["id"] = mediaId,
        });

    public static DemoMessage CustomerLocation(double hoursAgo, double latitude, double longitude, string? name = null, string? address = null)
    {
        var location = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude };
        if (name is not null) location["name"] = name;
        if (address is not null) location["address"] = address;
        return In(hoursAgo, "location", location);
    }

    /// <summary>The customer taps a reply button of the business's previous interactive message.</summary>
    public static DemoMessage CustomerTaps(double hoursAgo, string id, string title) =>
        In(hoursAgo, "interactive", new JsonObject
        {
            ["type"] = "button_reply",
            ["button_reply"] = new JsonObject { ["id"] = id, ["title"] = title },
        }) with { RepliesToPrevious = true };

    /// <summary>The customer taps a quick-reply button of the business's previous template.</summary>
    public static DemoMessage CustomerTapsTemplate(double hoursAgo, string payload, string text) =>
        In(hoursAgo, "button", new JsonObject { ["payload"] = payload, ["text"] = text }) with { RepliesToPrevious = true };

    public static DemoMessage Agent(double hoursAgo, string author, string text, DeliveryState state = DeliveryState.Read) =>
        Out(hoursAgo, "text", new JsonObject { ["body"] = text }, author, state);

    /// <summary>A free-form reply sent after the window had closed: WhatsApp accepts it, then reports 131047.</summary>
    public static DemoMessage AgentTooLate(double hoursAgo, string author, string text) =>
        Agent(hoursAgo, author, text, DeliveryState.Failed) with { Category = null, Error = ReEngagement };

    public static DemoMessage Buttons(double hoursAgo, string author, string body, params (string Id, string Title)[] buttons) =>
        Out(hoursAgo, "interactive", new JsonObject
        {
            ["type"] = "button",
            ["body"] = new JsonObject { ["text"] = body },
            ["action"] = new JsonObject
            {
                ["buttons"] = new JsonArray(buttons.Select(b => (JsonNode)new JsonObject
                {
                    ["type"] = "reply",
                    ["reply"] = new JsonObject { ["id"] = b.Id, ["title"] = b.Title },
                }).ToArray()),
            },
        }, author, DeliveryState.Read);

    public static DemoMessage Template(double hoursAgo, string author, string name, string language, string category,
        DeliveryState state, params string[] bodyValues) =>
        Out(hoursAgo, "template", new JsonObject
        {
            ["name"] = name,
            ["language"] = new JsonObject { ["code"] = language },
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = "body",
                ["parameters"] = new JsonArray(bodyValues.Select(v => (JsonNode)new JsonObject { ["type"] = "text", ["text"] = v }).ToArray()),
            }),
        }, author, state) with { Category = category };

    private static DemoMessage In(double hoursAgo, string type, JsonObject part) =>
        new(hoursAgo, MessageDirection.Inbound, type, part);

    private static DemoMessage Out(double hoursAgo, string type, JsonObject part, string author, DeliveryState state) =>
        new(hoursAgo, MessageDirection.Outbound, type, part) { Author = author, State = state, Category = "service" };
}
