using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// Source-generated JSON metadata for webhook payloads: snake_case names as Meta writes them, numbers accepted in
/// strings and strings accepted where text is expected, so small wire differences do not fail a whole delivery.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LenientStringConverter), typeof(UnixTimestampConverter)])]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(InboundMessage))]
[JsonSerializable(typeof(WebhookContact))]
[JsonSerializable(typeof(MessageStatus))]
[JsonSerializable(typeof(List<WebhookError>))]
[JsonSerializable(typeof(TemplateStatusUpdate))]
[JsonSerializable(typeof(TemplateCategoryUpdate))]
[JsonSerializable(typeof(TemplateQualityUpdate))]
[JsonSerializable(typeof(PhoneNumberQualityUpdate))]
[JsonSerializable(typeof(AccountUpdate))]
public sealed partial class WebhookJsonContext : JsonSerializerContext;
