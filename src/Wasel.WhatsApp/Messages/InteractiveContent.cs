namespace Wasel.WhatsApp.Messages;

/// <summary>The "interactive" object: reply buttons ("button"), a list ("list") or a call-to-action URL ("cta_url").</summary>
public sealed record InteractiveContent
{
    /// <summary>"button", "list" or "cta_url".</summary>
    public required string Type { get; init; }

    /// <summary>Optional header: text, or (not for lists) image, video or document.</summary>
    public InteractiveHeader? Header { get; init; }

    /// <summary>Body text: up to 1024 characters (4096 for lists).</summary>
    public required InteractiveText Body { get; init; }

    /// <summary>Optional footer, up to 60 characters.</summary>
    public InteractiveText? Footer { get; init; }

    /// <summary>Buttons, list sections or the call-to-action.</summary>
    public required InteractiveAction Action { get; init; }
}

/// <summary>A text holder used for interactive bodies and footers.</summary>
public sealed record InteractiveText
{
    /// <summary>The text.</summary>
    public required string Text { get; init; }
}

/// <summary>An interactive header.</summary>
public sealed record InteractiveHeader
{
    /// <summary>"text", "image", "video" or "document".</summary>
    public required string Type { get; init; }

    /// <summary>Header text (type "text"), up to 60 characters.</summary>
    public string? Text { get; init; }

    /// <summary>Header image (type "image").</summary>
    public MediaContent? Image { get; init; }

    /// <summary>Header video (type "video").</summary>
    public MediaContent? Video { get; init; }

    /// <summary>Header document (type "document").</summary>
    public MediaContent? Document { get; init; }

    /// <summary>A text header.</summary>
    public static InteractiveHeader ForText(string text) => new() { Type = "text", Text = text };

    /// <summary>An image header.</summary>
    public static InteractiveHeader ForImage(MediaContent image) => new() { Type = "image", Image = image };

    /// <summary>A video header.</summary>
    public static InteractiveHeader ForVideo(MediaContent video) => new() { Type = "video", Video = video };

    /// <summary>A document header.</summary>
    public static InteractiveHeader ForDocument(MediaContent document) => new() { Type = "document", Document = document };
}

/// <summary>The "action" of an interactive message; which members are set depends on the interactive type.</summary>
public sealed record InteractiveAction
{
    /// <summary>Reply buttons (type "button"): at most 3.</summary>
    public IReadOnlyList<ReplyButton>? Buttons { get; init; }

    /// <summary>Label of the button that opens a list (type "list"), up to 20 characters.</summary>
    public string? Button { get; init; }

    /// <summary>List sections (type "list"): 1 to 10, at most 10 rows in total.</summary>
    public IReadOnlyList<ListSection>? Sections { get; init; }

    /// <summary>"cta_url" for a call-to-action URL message.</summary>
    public string? Name { get; init; }

    /// <summary>The call-to-action's label and URL.</summary>
    public CtaUrlParameters? Parameters { get; init; }
}

/// <summary>One reply button.</summary>
public sealed record ReplyButton
{
    /// <summary>Always "reply".</summary>
    public string Type { get; init; } = "reply";

    /// <summary>The button's id and title.</summary>
    public required ButtonReply Reply { get; init; }

    /// <summary>A reply button with the given id (returned when tapped) and title.</summary>
    public static ReplyButton Create(string id, string title) => new() { Reply = new ButtonReply { Id = id, Title = title } };
}

/// <summary>Id and title of a reply button.</summary>
public sealed record ButtonReply
{
    /// <summary>Id returned in the button_reply webhook, up to 256 characters, unique in the message.</summary>
    public required string Id { get; init; }

    /// <summary>Label, up to 20 characters, unique in the message.</summary>
    public required string Title { get; init; }
}

/// <summary>A section of a list message.</summary>
public sealed record ListSection
{
    /// <summary>Section title, up to 24 characters (required when there is more than one section).</summary>
    public string? Title { get; init; }

    /// <summary>The section's rows.</summary>
    public required IReadOnlyList<ListRow> Rows { get; init; }
}

/// <summary>A row of a list message.</summary>
public sealed record ListRow
{
    /// <summary>Id returned in the list_reply webhook, up to 200 characters.</summary>
    public required string Id { get; init; }

    /// <summary>Title, up to 24 characters.</summary>
    public required string Title { get; init; }

    /// <summary>Description, up to 72 characters.</summary>
    public string? Description { get; init; }
}

/// <summary>Label and URL of a call-to-action URL message.</summary>
public sealed record CtaUrlParameters
{
    /// <summary>Button label, up to 20 characters.</summary>
    public required string DisplayText { get; init; }

    /// <summary>The https URL opened when tapped.</summary>
    public required string Url { get; init; }
}
