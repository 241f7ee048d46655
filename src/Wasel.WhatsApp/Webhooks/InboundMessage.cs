using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// A message a customer sent to the business (<c>value.messages[]</c>). Exactly one of the per-type members is set,
/// matching <see cref="Type"/>; for a type this library does not know, its object stays in
/// <see cref="WebhookObject.UnknownMembers"/> and the whole message in <see cref="WebhookEvent.Raw"/>.
/// </summary>
public sealed record InboundMessage : WebhookEvent
{
    /// <summary>The WhatsApp message id (wamid), unique per message: use it to deduplicate.</summary>
    public string Id { get; init; } = "";

    /// <summary>The sender's phone number (wa_id); empty or missing for customers who only share a username.</summary>
    public string? From { get; init; }

    /// <summary>The sender's business-scoped user id (BSUID), e.g. <c>US.13491208655302741918</c>.</summary>
    public string? FromUserId { get; init; }

    /// <summary>When the customer sent it.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Meta's type string as sent, including types this library does not know.</summary>
    public string Type { get; init; } = "";

    /// <summary><see cref="Type"/> as an enum; <see cref="InboundMessageKind.Unknown"/> for new types.</summary>
    [JsonIgnore]
    public InboundMessageKind Kind => InboundMessageKinds.FromWire(Type);

    /// <summary>The sender's profile from <c>value.contacts</c>, matched by wa_id (or user id); null when absent.</summary>
    [JsonIgnore]
    public WebhookContact? Contact { get; init; }

    /// <summary>The reply, forward or product context of the message.</summary>
    public MessageContext? Context { get; init; }

    /// <summary>The click-to-WhatsApp ad or post that led to this message, on the first message after the click.</summary>
    public MessageReferral? Referral { get; init; }

    /// <summary>Problems with this message: 131051 unsupported type, 131052 media download failure…</summary>
    public IReadOnlyList<WebhookError>? Errors { get; init; }

    /// <summary>Body of a text message.</summary>
    public InboundText? Text { get; init; }

    /// <summary>An image.</summary>
    public InboundMedia? Image { get; init; }

    /// <summary>An audio file or, with <see cref="InboundMedia.Voice"/>, a voice note.</summary>
    public InboundMedia? Audio { get; init; }

    /// <summary>A video.</summary>
    public InboundMedia? Video { get; init; }

    /// <summary>A document.</summary>
    public InboundMedia? Document { get; init; }

    /// <summary>A sticker, possibly <see cref="InboundMedia.Animated"/>.</summary>
    public InboundMedia? Sticker { get; init; }

    /// <summary>A shared or pinned location.</summary>
    public InboundLocation? Location { get; init; }

    /// <summary>Shared contact cards.</summary>
    public IReadOnlyList<SharedContact>? Contacts { get; init; }

    /// <summary>A reaction to an earlier message, or its removal.</summary>
    public InboundReaction? Reaction { get; init; }

    /// <summary>A tap on a reply button, a list row, or a completed Flow.</summary>
    public InboundInteractive? Interactive { get; init; }

    /// <summary>A tap on a template's quick-reply button.</summary>
    public InboundButton? Button { get; init; }

    /// <summary>A cart sent from the catalog.</summary>
    public InboundOrder? Order { get; init; }

    /// <summary>A system notice: the customer changed number or identity.</summary>
    public InboundSystem? System { get; init; }

    /// <summary>The customer's identity check, sent with <c>customer_identity_changed</c>.</summary>
    public InboundIdentity? Identity { get; init; }

    /// <summary>What WhatsApp could not deliver to the API, e.g. <c>{"type":"poll"}</c>.</summary>
    public InboundUnsupported? Unsupported { get; init; }
}

/// <summary>Inbound message types Meta documents.</summary>
public enum InboundMessageKind
{
    /// <summary>A type this library does not know yet; see <see cref="InboundMessage.Type"/>.</summary>
    Unknown,
    /// <summary><c>text</c>.</summary>
    Text,
    /// <summary><c>image</c>.</summary>
    Image,
    /// <summary><c>audio</c>, including voice notes.</summary>
    Audio,
    /// <summary><c>video</c>.</summary>
    Video,
    /// <summary><c>document</c>.</summary>
    Document,
    /// <summary><c>sticker</c>.</summary>
    Sticker,
    /// <summary><c>location</c>.</summary>
    Location,
    /// <summary><c>contacts</c>.</summary>
    Contacts,
    /// <summary><c>reaction</c>.</summary>
    Reaction,
    /// <summary><c>interactive</c>: button, list or Flow reply.</summary>
    Interactive,
    /// <summary><c>button</c>: template quick-reply tap.</summary>
    Button,
    /// <summary><c>order</c>.</summary>
    Order,
    /// <summary><c>system</c>.</summary>
    System,
    /// <summary><c>unsupported</c>: WhatsApp itself could not hand the message over.</summary>
    Unsupported,
}

internal static class InboundMessageKinds
{
    public static InboundMessageKind FromWire(string type) => type switch
    {
        "text" => InboundMessageKind.Text,
        "image" => InboundMessageKind.Image,
        "audio" => InboundMessageKind.Audio,
        "video" => InboundMessageKind.Video,
        "document" => InboundMessageKind.Document,
        "sticker" => InboundMessageKind.Sticker,
        "location" => InboundMessageKind.Location,
        "contacts" => InboundMessageKind.Contacts,
        "reaction" => InboundMessageKind.Reaction,
        "interactive" => InboundMessageKind.Interactive,
        "button" => InboundMessageKind.Button,
        "order" => InboundMessageKind.Order,
        "system" => InboundMessageKind.System,
        "unsupported" => InboundMessageKind.Unsupported,
        _ => InboundMessageKind.Unknown,
    };
}
