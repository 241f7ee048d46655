using Wasel.WhatsApp.Messages;

namespace Wasel.WhatsApp.Validation;

/// <summary>
/// Checks requests against Meta's documented limits before they leave, so that mistakes surface as a clear list of
/// fields to fix instead of a Graph error (or, worse, a silent failed-status webhook). An empty list means valid.
/// <see cref="WhatsAppClient"/> runs these checks and throws <see cref="Errors.WhatsAppValidationException"/>.
/// </summary>
public static partial class WhatsAppValidator
{
    /// <summary>Longest text message body.</summary>
    public const int MaxTextBody = 4096;
    /// <summary>Longest media caption.</summary>
    public const int MaxCaption = 1024;
    /// <summary>Longest biz_opaque_callback_data.</summary>
    public const int MaxCallbackData = 512;

    /// <summary>Validates an outgoing message.</summary>
    public static IReadOnlyList<ValidationError> Validate(OutgoingMessage message)
    {
        var errors = new ValidationErrors();
        errors.Required("to", message.To, "The recipient");
        errors.MaxLength("biz_opaque_callback_data", message.BizOpaqueCallbackData, MaxCallbackData, "Callback data");
        if (message.Context is not null)
            errors.Required("context.message_id", message.Context.MessageId, "The id of the message replied to");
        CheckSingleContent(message, errors);

        switch (message.Type)
        {
            case MessageTypes.Text when message.TextContent is { } text:
                errors.RequiredMaxLength("text.body", text.Body, MaxTextBody, "The text");
                break;
            case MessageTypes.Image or MessageTypes.Document or MessageTypes.Audio or MessageTypes.Video or MessageTypes.Sticker
                when ContentOf(message) is MediaContent media:
                CheckMedia(message.Type, media, errors);
                break;
            case MessageTypes.Location when message.LocationContent is { } location:
                CheckLocation("location", location, errors);
                break;
            case MessageTypes.Contacts when message.ContactsContent is { } contacts:
                CheckContacts(contacts, errors);
                break;
            case MessageTypes.Reaction when message.ReactionContent is { } reaction:
                errors.Required("reaction.message_id", reaction.MessageId, "The id of the message reacted to");
                if (message.Context is not null)
                    errors.Add("context", "A reaction cannot be a contextual reply; remove context.");
                break;
            case MessageTypes.Interactive when message.InteractiveContent is { } interactive:
                CheckInteractive(interactive, errors);
                break;
            case MessageTypes.Template when message.TemplateContent is { } template:
                CheckTemplateMessage(template, errors);
                break;
        }

        return errors;
    }

    private static readonly string[] ContentTypes =
    [
        MessageTypes.Text, MessageTypes.Image, MessageTypes.Document, MessageTypes.Audio, MessageTypes.Video,
        MessageTypes.Sticker, MessageTypes.Location, MessageTypes.Contacts, MessageTypes.Reaction,
        MessageTypes.Interactive, MessageTypes.Template,
    ];

    private static object? ContentOf(OutgoingMessage m, string? type = null) => (type ?? m.Type) switch
    {
        MessageTypes.Text => m.TextContent,
        MessageTypes.Image => m.ImageContent,
        MessageTypes.Document => m.DocumentContent,
        MessageTypes.Audio => m.AudioContent,
        MessageTypes.Video => m.VideoContent,
        MessageTypes.Sticker => m.StickerContent,
        MessageTypes.Location => m.LocationContent,
        MessageTypes.Contacts => m.ContactsContent,
        MessageTypes.Reaction => m.ReactionContent,
        MessageTypes.Interactive => m.InteractiveContent,
        MessageTypes.Template => m.TemplateContent,
        _ => null,
    };

    private static void CheckSingleContent(OutgoingMessage message, ValidationErrors errors)
    {
        if (!ContentTypes.Contains(message.Type))
        {
            errors.Add("type", $"Unknown message type \"{message.Type}\"; use one of {string.Join(", ", ContentTypes)}.");
            return;
        }

        if (ContentOf(message) is null)
            errors.Add(message.Type, $"A message of type \"{message.Type}\" needs its \"{message.Type}\" object.");
        foreach (var other in ContentTypes.Where(t => t != message.Type && ContentOf(message, t) is not null))
            errors.Add(other, $"Only the \"{message.Type}\" object may be set on a \"{message.Type}\" message; remove \"{other}\".");
    }

    private static void CheckLocation(string path, LocationContent location, ValidationErrors errors)
    {
        if (location.Latitude is < -90 or > 90 || double.IsNaN(location.Latitude))
            errors.Add($"{path}.latitude", "Latitude must be between -90 and 90.");
        if (location.Longitude is < -180 or > 180 || double.IsNaN(location.Longitude))
            errors.Add($"{path}.longitude", "Longitude must be between -180 and 180.");
    }

    private static void CheckContacts(IReadOnlyList<ContactCard> contacts, ValidationErrors errors)
    {
        if (contacts.Count == 0)
            errors.Add("contacts", "Add at least one contact card.");
        for (var i = 0; i < contacts.Count; i++)
            errors.Required($"contacts[{i}].name.formatted_name", contacts[i].Name?.FormattedName, "The contact's formatted name");
    }
}
