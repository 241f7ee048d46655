using Microsoft.Extensions.Localization;

namespace Wasel.Inbox.Chat;

/// <summary>Short forms for lists and quotes: what kind of message, its text on one line, how long ago.</summary>
public static class Preview
{
    /// <summary>The resource key naming a non-text message ("Photo", "Location"…), or null for plain text.</summary>
    public static string? LabelFor(MessageParts parts) => parts.Type switch
    {
        "text" => null,
        "image" => "KindImage",
        "video" => "KindVideo",
        "audio" => "KindAudio",
        "document" => "KindDocument",
        "sticker" => "KindSticker",
        "location" => "KindLocation",
        "contacts" => "KindContacts",
        "interactive" or "button" => "KindInteractive",
        "template" => "KindTemplate",
        "reaction" => "KindReaction",
        _ => "KindUnsupported",
    };

    /// <summary>
    /// The direction of a text by its first strong letter, for one-line previews: cut with an ellipsis, a line must
    /// run in its own direction or it loses its beginning instead of its end.
    /// </summary>
    public static string DirectionOf(string? text)
    {
        foreach (var c in text ?? "")
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF') return "rtl";
            if (char.IsLetter(c)) return "ltr";
        }
        return "auto";
    }

    /// <summary>The text on one line without its formatting markers, at most 120 characters.</summary>
    public static string Flatten(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var plain = new System.Text.StringBuilder();
        Plain(WhatsAppFormatting.Parse(text), plain);
        var line = string.Join(' ', plain.ToString().Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length > 120 ? line[..120] + "…" : line;
    }

    private static void Plain(IReadOnlyList<TextNode> nodes, System.Text.StringBuilder to)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case PlainText t: to.Append(t.Text); break;
                case MonoText m: to.Append(m.Text); break;
                case LinkText l: to.Append(l.Url); break;
                case LineBreak: to.Append('\n'); break;
                case StyledText st: Plain(st.Children, to); break;
            }
        }
    }

    public static string Ago(TimeSpan span, IStringLocalizer text) => span switch
    {
        { TotalMinutes: < 1 } => text["AgoNow"],
        { TotalHours: < 1 } => string.Format(text["AgoMinutes"], (int)span.TotalMinutes),
        { TotalDays: < 1 } => string.Format(text["AgoHours"], (int)span.TotalHours),
        _ => string.Format(text["AgoDays"], (int)span.TotalDays),
    };
}
