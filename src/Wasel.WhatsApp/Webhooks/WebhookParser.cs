using System.Text.Json;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// Turns a webhook POST body into typed events. Unknown fields, types and members are kept, never an error; only a
/// body that is not a WhatsApp notification at all throws <see cref="WebhookParseException"/>.
/// Verify the signature over the same bytes first (<see cref="WebhookSignature.Verify"/>).
/// </summary>
public static class WebhookParser
{
    /// <summary>The <c>object</c> value of WhatsApp Business Account notifications.</summary>
    public const string WhatsAppObject = "whatsapp_business_account";

    /// <summary>Parses a UTF-8 body as received.</summary>
    /// <param name="utf8Json">The raw request body.</param>
    /// <exception cref="WebhookParseException">The body is not a WhatsApp webhook notification.</exception>
    public static WebhookNotification Parse(ReadOnlySpan<byte> utf8Json)
    {
        JsonElement root;
        try
        {
            // A JsonElement from the serializer owns its memory, so events can keep pieces of it without cloning.
            root = JsonSerializer.Deserialize(utf8Json, WebhookJsonContext.Default.JsonElement);
        }
        catch (JsonException e)
        {
            throw new WebhookParseException($"The body is not valid JSON: {e.Message}", e);
        }
        return Parse(root);
    }

    /// <summary>Parses a body already decoded to text.</summary>
    /// <param name="json">The request body.</param>
    /// <exception cref="WebhookParseException">The body is not a WhatsApp webhook notification.</exception>
    public static WebhookNotification Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize(json, WebhookJsonContext.Default.JsonElement);
        }
        catch (JsonException e)
        {
            throw new WebhookParseException($"The body is not valid JSON: {e.Message}", e);
        }
        return Parse(root);
    }

    /// <summary>
    /// Parses a body already read as a JSON element (for instance a stored event). Events keep pieces of the element,
    /// so it must outlive them: use a <see cref="JsonElement"/> from the serializer or <see cref="JsonElement.Clone"/>,
    /// not one from a <see cref="JsonDocument"/> that is disposed.
    /// </summary>
    /// <param name="root">The notification's root object.</param>
    /// <exception cref="WebhookParseException">The JSON is not a WhatsApp webhook notification.</exception>
    public static WebhookNotification Parse(JsonElement root)
    {
        JsonRead.RequireObject(root, "The body");
        var objectType = JsonRead.String(root, "object");
        if (objectType != WhatsAppObject)
            throw new WebhookParseException(objectType is null
                ? $"The body has no \"object\" member; expected \"{WhatsAppObject}\"."
                : $"The body's \"object\" is \"{objectType}\"; expected \"{WhatsAppObject}\".");

        var entryArray = JsonRead.RequireArray(root, "entry", "The body");
        var entries = new List<WebhookEntry>(entryArray.GetArrayLength());
        var events = new List<WebhookEvent>();
        var index = 0;
        foreach (var entry in entryArray.EnumerateArray())
        {
            var parsed = ParseEntry(entry, $"entry[{index++}]");
            entries.Add(parsed);
            foreach (var change in parsed.Changes)
                events.AddRange(change.Events);
        }
        return new WebhookNotification { Object = objectType, Entries = entries, Events = events };
    }

    private static WebhookEntry ParseEntry(JsonElement entry, string path)
    {
        JsonRead.RequireObject(entry, path);
        var wabaId = JsonRead.String(entry, "id") ?? "";
        var time = JsonRead.Timestamp(entry, "time");
        var changeArray = JsonRead.RequireArray(entry, "changes", path);

        var changes = new List<WebhookChange>(changeArray.GetArrayLength());
        var index = 0;
        foreach (var change in changeArray.EnumerateArray())
        {
            var changePath = $"{path}.changes[{index++}]";
            JsonRead.RequireObject(change, changePath);
            var field = JsonRead.String(change, "field")
                ?? throw new WebhookParseException($"{changePath} has no \"field\" member.");
            if (!change.TryGetProperty("value", out var value))
                throw new WebhookParseException($"{changePath} has no \"value\" member.");

            var source = new EventSource(wabaId, time, field);
            changes.Add(new WebhookChange
            {
                Field = field,
                Value = value,
                Events = ChangeReader.Read(source, value, $"{changePath}.value"),
            });
        }
        return new WebhookEntry { WabaId = wabaId, Time = time, Changes = changes };
    }
}
