using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Control;

/// <summary>
/// Turns what a caller says a customer sends (Meta's inbound message shape, loosely) into the exact message object
/// Meta would put in the webhook: from, id, timestamp, type, context, the type's own object, referral, errors.
/// </summary>
internal sealed class InboundMessageBuilder(SandboxState state, MediaStore media)
{
    public static readonly string[] Types =
        ["text", "image", "audio", "video", "document", "sticker", "location", "contacts", "reaction", "interactive", "button", "order", "unsupported"];

    public JsonObject? Build(SimulatedCustomer customer, JsonObject request, Errors errors)
    {
        var type = request.Text("type");
        if (type is null || !Types.Contains(type))
        {
            errors.Add("type", $"type must be one of: {string.Join(", ", Types)}.");
            return null;
        }
        var id = request.Text("id") ?? SandboxState.NewMessageId();
        if (request.Text("id") is not null && state.FindMessage(id) is not null) errors.Add("id", $"A message with id '{id}' exists; leave id out to get a new one.");
        var timestamp = request["timestamp"] switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonValue v when v.TryGetValue<long>(out var n) => n.ToString(CultureInfo.InvariantCulture),
            _ => state.Clock.UnixTimestamp(),
        };

        var message = new JsonObject { ["from"] = customer.WaId, ["id"] = id, ["timestamp"] = timestamp, ["type"] = type };
        var replied = Context(request["context"], message, errors);
        var body = Payload(type, request, replied, errors);
        if (body is not null) message[type] = body;
        if (type == "unsupported")
            message["errors"] = new JsonArray(new JsonObject
            {
                ["code"] = 131051, ["title"] = "Message type unknown", ["message"] = "Message type unknown",
                ["error_data"] = new JsonObject { ["details"] = "Message type is currently not supported." },
            });
        if (request["referral"] is { } referral) message["referral"] = Referral(referral, errors);
        return errors.Count == 0 ? message : null;
    }

    private JsonNode? Payload(string type, JsonObject request, (JsonObject Body, JsonObject? Rendered)? replied, Errors errors)
    {
        var given = request[type];
        switch (type)
        {
            case "text":
                if (string.IsNullOrEmpty(given.Text("body"))) errors.Add("text.body", "text.body is required: what the customer writes.");
                return new JsonObject { ["body"] = given.Text("body") };
            case "image" or "audio" or "video" or "document" or "sticker":
                return InboundMedia.Resolve(type, given, media, state.Clock.UtcNow, errors);
            case "location":
                if (given?["latitude"]?.GetValueKind() != JsonValueKind.Number || given["longitude"]?.GetValueKind() != JsonValueKind.Number)
                    errors.Add("location", "location needs numeric latitude and longitude, e.g. {\"latitude\":24.7136,\"longitude\":46.6753}.");
                return given?.DeepClone();
            case "contacts":
                if (given is not JsonArray { Count: > 0 } cards || cards.Any(c => c?["name"]?.Text("formatted_name") is null))
                    errors.Add("contacts", "contacts must be a non-empty array of cards, each with name.formatted_name.");
                return given?.DeepClone();
            case "reaction":
                if (given.Text("message_id") is null || given?["emoji"] is not JsonValue)
                    errors.Add("reaction", "reaction needs message_id (the message reacted to) and emoji (\"\" removes a reaction).");
                return given?.DeepClone();
            case "interactive":
                return InboundReplies.Interactive(given, replied, errors);
            case "button":
                return InboundReplies.Button(given, replied, errors);
            case "order":
                if (given.Text("catalog_id") is null || given?["product_items"] is not JsonArray { Count: > 0 })
                    errors.Add("order", "order needs catalog_id and a non-empty product_items array.");
                return given?.DeepClone();
            default:
                return given?.DeepClone() ?? new JsonObject { ["type"] = "unknown" };
        }
    }

    /// <summary>Copies context; a reply's context.id must name a known message and gets the business number as "from".</summary>
    private (JsonObject Body, JsonObject? Rendered)? Context(JsonNode? given, JsonObject message, Errors errors)
    {
        if (given is null) return null;
        if (given is not JsonObject context)
        {
            errors.Add("context", "context must be an object, e.g. {\"id\":\"wamid…\"} for a reply.");
            return null;
        }
        var copy = context.DeepClone().AsObject();
        message["context"] = copy;
        if (context.Text("id") is not { } repliedId) return null;
        var replied = state.FindMessage(repliedId);
        if (replied is null)
        {
            errors.Add("context.id", $"No message with id '{repliedId}'; a reply's context.id must be a message the business sent.");
            return null;
        }
        copy.Remove("id");
        copy.Remove("from");
        copy.Insert(0, "from", state.Settings.DisplayPhoneNumber);
        copy.Insert(1, "id", repliedId);
        lock (state.Sync) return (replied.Body.DeepClone().AsObject(), replied.Rendered?.DeepClone().AsObject());
    }

    private static JsonNode Referral(JsonNode given, Errors errors)
    {
        if (given is not JsonObject referral)
        {
            errors.Add("referral", "referral must be an object such as {\"source_url\":\"https://fb.me/x\",\"source_type\":\"ad\",\"source_id\":\"123\"}.");
            return new JsonObject();
        }
        var copy = referral.DeepClone().AsObject();
        copy["source_type"] ??= "ad";
        copy["ctwa_clid"] ??= "sandbox-" + Guid.NewGuid().ToString("N")[..16];
        return copy;
    }
}
