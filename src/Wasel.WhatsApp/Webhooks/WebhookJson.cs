using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>The type metadata the parser reads with: the source-generated context, minus ignored properties.</summary>
internal static class WebhookJson
{
    // A [JsonIgnore] property still claims its JSON name, so a member Meta sends under that name (a "field" or
    // "phone_number_id" inside a value, say) would vanish instead of landing in UnknownMembers. Removing ignored
    // properties from the metadata lets such members fall through to the extension data.
    private static readonly JsonSerializerOptions Options = new(WebhookJsonContext.Default.Options)
    {
        TypeInfoResolver = WebhookJsonContext.Default.WithAddedModifier(DropIgnoredProperties),
    };

    public static readonly JsonTypeInfo<InboundMessage> InboundMessage = Get<InboundMessage>();
    public static readonly JsonTypeInfo<WebhookContact> WebhookContact = Get<WebhookContact>();
    public static readonly JsonTypeInfo<MessageStatus> MessageStatus = Get<MessageStatus>();
    public static readonly JsonTypeInfo<List<WebhookError>> Errors = Get<List<WebhookError>>();
    public static readonly JsonTypeInfo<TemplateStatusUpdate> TemplateStatusUpdate = Get<TemplateStatusUpdate>();
    public static readonly JsonTypeInfo<TemplateCategoryUpdate> TemplateCategoryUpdate = Get<TemplateCategoryUpdate>();
    public static readonly JsonTypeInfo<TemplateQualityUpdate> TemplateQualityUpdate = Get<TemplateQualityUpdate>();
    public static readonly JsonTypeInfo<PhoneNumberQualityUpdate> PhoneNumberQualityUpdate = Get<PhoneNumberQualityUpdate>();
    public static readonly JsonTypeInfo<AccountUpdate> AccountUpdate = Get<AccountUpdate>();

    private static JsonTypeInfo<T> Get<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static void DropIgnoredProperties(JsonTypeInfo type)
    {
        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i] is { Get: null, Set: null })
                type.Properties.RemoveAt(i);
        }
    }
}
