using System.Text.Json;
using System.Text.Json.Serialization;
using Wasel.WhatsApp.Json;

namespace Wasel.WhatsApp.Messages;

/// <summary>
/// A message the business sends: Meta's send envelope with exactly one content object set, the one named by
/// <see cref="Type"/>. Build one with the factory methods (<see cref="Text"/>, <see cref="Buttons"/>, …) and
/// refine it with <see cref="ReplyTo"/> or <see cref="WithCallbackData"/>.
/// </summary>
public sealed partial record OutgoingMessage
{
    /// <summary>Always "whatsapp".</summary>
    public string MessagingProduct => "whatsapp";

    /// <summary>"individual" (default) or "group".</summary>
    public string RecipientType { get; init; } = "individual";

    /// <summary>Recipient phone number (with or without + and formatting characters), BSUID or group id.</summary>
    public required string To { get; init; }

    /// <summary>Makes the message a quoted reply to an earlier message.</summary>
    public MessageContext? Context { get; init; }

    /// <summary>Opaque text that Meta echoes back in this message's status webhooks.</summary>
    public string? BizOpaqueCallbackData { get; init; }

    /// <summary>The content kind, one of <see cref="MessageTypes"/>; names the content property that is set.</summary>
    public required string Type { get; init; }

    /// <summary>Content of a text message.</summary>
    [JsonPropertyName("text")]
    public TextContent? TextContent { get; init; }

    /// <summary>Content of an image message.</summary>
    [JsonPropertyName("image")]
    public MediaContent? ImageContent { get; init; }

    /// <summary>Content of a document message.</summary>
    [JsonPropertyName("document")]
    public MediaContent? DocumentContent { get; init; }

    /// <summary>Content of an audio message.</summary>
    [JsonPropertyName("audio")]
    public MediaContent? AudioContent { get; init; }

    /// <summary>Content of a video message.</summary>
    [JsonPropertyName("video")]
    public MediaContent? VideoContent { get; init; }

    /// <summary>Content of a sticker message.</summary>
    [JsonPropertyName("sticker")]
    public MediaContent? StickerContent { get; init; }

    /// <summary>Content of a location message.</summary>
    [JsonPropertyName("location")]
    public LocationContent? LocationContent { get; init; }

    /// <summary>Content of a contacts message: one or more contact cards.</summary>
    [JsonPropertyName("contacts")]
    public IReadOnlyList<ContactCard>? ContactsContent { get; init; }

    /// <summary>Content of a reaction message.</summary>
    [JsonPropertyName("reaction")]
    public ReactionContent? ReactionContent { get; init; }

    /// <summary>Content of an interactive message (reply buttons, list, call-to-action URL).</summary>
    [JsonPropertyName("interactive")]
    public InteractiveContent? InteractiveContent { get; init; }

    /// <summary>Content of a template message.</summary>
    [JsonPropertyName("template")]
    public TemplateContent? TemplateContent { get; init; }

    /// <summary>Returns a copy that quotes the given message (a contextual reply).</summary>
    public OutgoingMessage ReplyTo(string messageId) => this with { Context = new MessageContext { MessageId = messageId } };

    /// <summary>Returns a copy carrying data that Meta echoes in the status webhooks of this message.</summary>
    public OutgoingMessage WithCallbackData(string data) => this with { BizOpaqueCallbackData = data };

    /// <summary>The message as Meta's JSON request body (e.g. to store it in an outbox).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, WhatsAppJsonContext.Default.OutgoingMessage);

    /// <summary>Reads a message written by <see cref="ToJson"/> (or any body in Meta's send shape).</summary>
    public static OutgoingMessage FromJson(string json) =>
        JsonSerializer.Deserialize(json, WhatsAppJsonContext.Default.OutgoingMessage)
        ?? throw new JsonException("The JSON is null, not a message.");
}

/// <summary>The values of <see cref="OutgoingMessage.Type"/>.</summary>
public static class MessageTypes
{
    /// <summary>Text message.</summary>
    public const string Text = "text";
    /// <summary>Image message.</summary>
    public const string Image = "image";
    /// <summary>Document message.</summary>
    public const string Document = "document";
    /// <summary>Audio or voice message.</summary>
    public const string Audio = "audio";
    /// <summary>Video message.</summary>
    public const string Video = "video";
    /// <summary>Sticker message.</summary>
    public const string Sticker = "sticker";
    /// <summary>Location message.</summary>
    public const string Location = "location";
    /// <summary>Contact cards.</summary>
    public const string Contacts = "contacts";
    /// <summary>Reaction to a message.</summary>
    public const string Reaction = "reaction";
    /// <summary>Interactive message.</summary>
    public const string Interactive = "interactive";
    /// <summary>Template message.</summary>
    public const string Template = "template";
}

/// <summary>The message a contextual reply quotes.</summary>
public sealed record MessageContext
{
    /// <summary>The WhatsApp message id (wamid…) being replied to.</summary>
    public required string MessageId { get; init; }
}
