using System.Text.Json;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>Where a change came from; stamped on every event it yields.</summary>
internal sealed record EventSource(string WabaId, DateTimeOffset? EntryTime, string Field);

/// <summary>Turns one change's value into events according to its field.</summary>
internal static class ChangeReader
{
    public static IReadOnlyList<WebhookEvent> Read(EventSource source, JsonElement value, string path) => source.Field switch
    {
        "messages" => MessagesReader.Read(source, value, path),
        "message_template_status_update" => [Stamp(JsonRead.Typed(value, WebhookJson.TemplateStatusUpdate, path), source, value)],
        "template_category_update" => [Stamp(JsonRead.Typed(value, WebhookJson.TemplateCategoryUpdate, path), source, value)],
        "message_template_quality_update" => [Stamp(JsonRead.Typed(value, WebhookJson.TemplateQualityUpdate, path), source, value)],
        "phone_number_quality_update" => [Stamp(JsonRead.Typed(value, WebhookJson.PhoneNumberQualityUpdate, path), source, value)],
        "account_update" => [Stamp(JsonRead.Typed(value, WebhookJson.AccountUpdate, path), source, value)],
        _ => [Unknown(source, value)],
    };

    public static UnknownChange Unknown(EventSource source, JsonElement value) =>
        Stamp(new UnknownChange(), source, value);

    /// <summary>Adds the envelope's facts to an event read from its own JSON.</summary>
    public static T Stamp<T>(T item, EventSource source, JsonElement raw, JsonElement? metadata = null) where T : WebhookEvent
    {
        var displayNumber = metadata is { } d ? JsonRead.String(d, "display_phone_number") : null;
        if (displayNumber is null && item is not InboundMessage and not MessageStatus)
        {
            // Management fields such as phone_number_quality_update carry the number on the value itself; it is
            // surfaced as the event's DisplayPhoneNumber, so it is not also an unknown member.
            displayNumber = JsonRead.String(raw, "display_phone_number");
            item.UnknownMembers?.Remove("display_phone_number");
        }
        return item with
        {
            WabaId = source.WabaId,
            EntryTime = source.EntryTime,
            Field = source.Field,
            PhoneNumberId = metadata is { } m ? JsonRead.String(m, "phone_number_id") : null,
            DisplayPhoneNumber = displayNumber,
            Raw = raw,
        };
    }
}
