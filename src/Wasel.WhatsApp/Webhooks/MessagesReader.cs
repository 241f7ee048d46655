using System.Text.Json;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// Reads the value of a <c>messages</c> change: inbound messages, statuses and value-level errors, in that order.
/// </summary>
internal static class MessagesReader
{
    public static IReadOnlyList<WebhookEvent> Read(EventSource source, JsonElement value, string path)
    {
        JsonRead.RequireObject(value, path);
        JsonElement? metadata = value.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object ? m : null;
        var contacts = ReadContacts(value, path);
        var events = new List<WebhookEvent>();

        var index = 0;
        foreach (var message in JsonRead.OptionalArray(value, "messages", path))
        {
            var inbound = JsonRead.Typed(message, WebhookJson.InboundMessage, $"{path}.messages[{index++}]");
            events.Add(ChangeReader.Stamp(inbound, source, message, metadata) with { Contact = Sender(inbound, contacts) });
        }

        index = 0;
        foreach (var status in JsonRead.OptionalArray(value, "statuses", path))
        {
            var typed = JsonRead.Typed(status, WebhookJson.MessageStatus, $"{path}.statuses[{index++}]");
            events.Add(ChangeReader.Stamp(typed, source, status, metadata));
        }

        if (value.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            var list = ReadErrors(errors, $"{path}.errors");
            events.Add(ChangeReader.Stamp(new WebhookErrorReport { Errors = list }, source, value, metadata));
        }

        // A messages change with none of the three (a newer shape) is still kept, whole.
        if (events.Count == 0)
            events.Add(ChangeReader.Stamp(new UnknownChange(), source, value, metadata));
        return events;
    }

    private static List<WebhookContact> ReadContacts(JsonElement value, string path)
    {
        var contacts = new List<WebhookContact>();
        var index = 0;
        foreach (var contact in JsonRead.OptionalArray(value, "contacts", path))
            contacts.Add(JsonRead.Typed(contact, WebhookJson.WebhookContact, $"{path}.contacts[{index++}]"));
        return contacts;
    }

    /// <summary>
    /// The profile of the message's sender: by phone (wa_id), else by business-scoped user id for customers who
    /// share only a username, else the only contact when there is just one.
    /// </summary>
    private static WebhookContact? Sender(InboundMessage message, List<WebhookContact> contacts)
    {
        if (!string.IsNullOrEmpty(message.From) && contacts.Find(c => c.WaId == message.From) is { } byPhone)
            return byPhone;
        if (!string.IsNullOrEmpty(message.FromUserId) && contacts.Find(c => c.UserId == message.FromUserId) is { } byUser)
            return byUser;
        return contacts.Count == 1 ? contacts[0] : null;
    }

    private static List<WebhookError> ReadErrors(JsonElement errors, string path)
    {
        try
        {
            return errors.Deserialize(WebhookJson.Errors) ?? [];
        }
        catch (JsonException e)
        {
            throw new WebhookParseException($"{path} does not have the documented shape: {e.Message}", e);
        }
    }
}
