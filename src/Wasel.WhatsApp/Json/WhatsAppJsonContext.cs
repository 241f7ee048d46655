using System.Text.Json.Serialization;
using Wasel.WhatsApp.BusinessProfile;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Media;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.PhoneNumbers;
using Wasel.WhatsApp.Templates;

namespace Wasel.WhatsApp.Json;

/// <summary>
/// Source-generated serialisation of the Cloud API request and response models: snake_case names as Meta uses,
/// nulls omitted (Meta rejects some explicit nulls). 
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(OutgoingMessage))]
[JsonSerializable(typeof(ReadReceipt))]
[JsonSerializable(typeof(SendResponse))]
[JsonSerializable(typeof(SuccessResponse))]
[JsonSerializable(typeof(GraphErrorEnvelope))]
[JsonSerializable(typeof(MediaUploadResult))]
[JsonSerializable(typeof(MediaInfo))]
[JsonSerializable(typeof(UploadSession))]
[JsonSerializable(typeof(UploadedFile))]
[JsonSerializable(typeof(BusinessProfileEnvelope))]
[JsonSerializable(typeof(BusinessProfileUpdate))]
[JsonSerializable(typeof(PhoneNumberInfo))]
[JsonSerializable(typeof(TemplateDefinition))]
[JsonSerializable(typeof(TemplatePage))]
[JsonSerializable(typeof(TemplateCreated))]
internal sealed partial class WhatsAppJsonContext : JsonSerializerContext;
