namespace Wasel.WhatsApp.Messages;

public sealed partial record OutgoingMessage
{
    /// <summary>A text message (up to 4096 characters); <paramref name="previewUrl"/> renders a link preview.</summary>
    public static OutgoingMessage Text(string to, string body, bool? previewUrl = null) =>
        new() { To = to, Type = MessageTypes.Text, TextContent = new TextContent { Body = body, PreviewUrl = previewUrl } };

    /// <summary>An image by uploaded id or link (see <see cref="MediaContent.FromId"/>), with an optional caption.</summary>
    public static OutgoingMessage Image(string to, MediaContent image, string? caption = null) =>
        new() { To = to, Type = MessageTypes.Image, ImageContent = image with { Caption = caption ?? image.Caption } };

    /// <summary>A document with an optional caption and displayed file name.</summary>
    public static OutgoingMessage Document(string to, MediaContent document, string? caption = null, string? filename = null) =>
        new()
        {
            To = to, Type = MessageTypes.Document,
            DocumentContent = document with { Caption = caption ?? document.Caption, Filename = filename ?? document.Filename },
        };

    /// <summary>An audio file; <paramref name="voice"/> sends it as a voice note (OGG/OPUS only).</summary>
    public static OutgoingMessage Audio(string to, MediaContent audio, bool? voice = null) =>
        new() { To = to, Type = MessageTypes.Audio, AudioContent = audio with { Voice = voice ?? audio.Voice } };

    /// <summary>A video with an optional caption.</summary>
    public static OutgoingMessage Video(string to, MediaContent video, string? caption = null) =>
        new() { To = to, Type = MessageTypes.Video, VideoContent = video with { Caption = caption ?? video.Caption } };

    /// <summary>A sticker (WebP, no caption).</summary>
    public static OutgoingMessage Sticker(string to, MediaContent sticker) =>
        new() { To = to, Type = MessageTypes.Sticker, StickerContent = sticker };

    /// <summary>A location pin.</summary>
    public static OutgoingMessage Location(string to, double latitude, double longitude, string? name = null, string? address = null) =>
        new()
        {
            To = to, Type = MessageTypes.Location,
            LocationContent = new LocationContent { Latitude = latitude, Longitude = longitude, Name = name, Address = address },
        };

    /// <summary>One or more contact cards.</summary>
    public static OutgoingMessage ContactCards(string to, params ContactCard[] contacts) =>
        new() { To = to, Type = MessageTypes.Contacts, ContactsContent = contacts };

    /// <summary>A reaction to <paramref name="messageId"/>; an empty <paramref name="emoji"/> removes it.</summary>
    public static OutgoingMessage React(string to, string messageId, string emoji) =>
        new() { To = to, Type = MessageTypes.Reaction, ReactionContent = new ReactionContent { MessageId = messageId, Emoji = emoji } };

    /// <summary>Up to three reply buttons under a body text.</summary>
    public static OutgoingMessage Buttons(string to, string body, IReadOnlyList<ReplyButton> buttons,
        InteractiveHeader? header = null, string? footer = null) =>
        Interactive(to, new InteractiveContent
        {
            Type = "button", Header = header, Body = new InteractiveText { Text = body }, Footer = FooterOf(footer),
            Action = new InteractiveAction { Buttons = buttons },
        });

    /// <summary>A list: <paramref name="button"/> opens up to ten rows grouped in sections.</summary>
    public static OutgoingMessage List(string to, string body, string button, IReadOnlyList<ListSection> sections,
        string? headerText = null, string? footer = null) =>
        Interactive(to, new InteractiveContent
        {
            Type = "list", Header = headerText is null ? null : InteractiveHeader.ForText(headerText),
            Body = new InteractiveText { Text = body }, Footer = FooterOf(footer),
            Action = new InteractiveAction { Button = button, Sections = sections },
        });

    /// <summary>A call-to-action button that opens <paramref name="url"/>.</summary>
    public static OutgoingMessage CtaUrl(string to, string body, string displayText, string url,
        InteractiveHeader? header = null, string? footer = null) =>
        Interactive(to, new InteractiveContent
        {
            Type = "cta_url", Header = header, Body = new InteractiveText { Text = body }, Footer = FooterOf(footer),
            Action = new InteractiveAction
            {
                Name = "cta_url", Parameters = new CtaUrlParameters { DisplayText = displayText, Url = url },
            },
        });

    /// <summary>Any interactive message.</summary>
    public static OutgoingMessage Interactive(string to, InteractiveContent interactive) =>
        new() { To = to, Type = MessageTypes.Interactive, InteractiveContent = interactive };

    /// <summary>An approved template in <paramref name="languageCode"/> with its parameter values.</summary>
    public static OutgoingMessage Template(string to, string name, string languageCode, params TemplateComponent[] components) =>
        new()
        {
            To = to, Type = MessageTypes.Template,
            TemplateContent = new TemplateContent
            {
                Name = name, Language = new TemplateLanguage { Code = languageCode },
                Components = components.Length == 0 ? null : components,
            },
        };

    private static InteractiveText? FooterOf(string? footer) => footer is null ? null : new InteractiveText { Text = footer };
}
