namespace Wasel.Inbox.Chat;

public enum TextStyle { Bold, Italic, Strike, Code }

/// <summary>A piece of formatted message text. Text is only ever rendered as text; links are http(s) only.</summary>
public abstract record TextNode;
public sealed record PlainText(string Text) : TextNode;
public sealed record StyledText(TextStyle Style, IReadOnlyList<TextNode> Children) : TextNode;
/// <summary>A ```monospace``` block or `inline code`: its content is not parsed further.</summary>
public sealed record MonoText(string Text) : TextNode;
public sealed record LinkText(string Url) : TextNode;
public sealed record LineBreak : TextNode;

/// <summary>
/// WhatsApp's message formatting: *bold*, _italic_, ~strike~, ```monospace```, `code`, and bare http(s) links.
/// A marker counts only at a word's edge with text right inside it (as WhatsApp does: "2*3*4" stays as typed).
/// </summary>
public static class WhatsAppFormatting
{
    public static IReadOnlyList<TextNode> Parse(string? text) => string.IsNullOrEmpty(text) ? [] : Parse(text, 0, text.Length);

    private static List<TextNode> Parse(string s, int start, int end)
    {
        var nodes = new List<TextNode>();
        var plain = new System.Text.StringBuilder();
        void Flush()
        {
            if (plain.Length == 0) return;
            nodes.Add(new PlainText(plain.ToString()));
            plain.Clear();
        }

        var i = start;
        while (i < end)
        {
            var c = s[i];
            if (c == '\n')
            {
                Flush();
                nodes.Add(new LineBreak());
                i++;
                continue;
            }
            if (c == '`' && At(s, i, end, "```") && s.IndexOf("```", i + 3, end - i - 3, StringComparison.Ordinal) is var close and > 0 && close > i + 3)
            {
                Flush();
                nodes.Add(new MonoText(s[(i + 3)..close]));
                i = close + 3;
                continue;
            }
            if (c is '*' or '_' or '~' or '`' && OpensAt(s, i, start) && Closing(s, i, end) is var j and > 0)
            {
                Flush();
                nodes.Add(c == '`'
                    ? new MonoText(s[(i + 1)..j])
                    : new StyledText(c switch { '*' => TextStyle.Bold, '_' => TextStyle.Italic, _ => TextStyle.Strike }, Parse(s, i + 1, j)));
                i = j + 1;
                continue;
            }
            if (c is 'h' or 'H' && (i == start || !char.IsLetterOrDigit(s[i - 1])) && LinkEnd(s, i, end) is var linkEnd and > 0)
            {
                Flush();
                nodes.Add(new LinkText(s[i..linkEnd]));
                i = linkEnd;
                continue;
            }
            plain.Append(c);
            i++;
        }
        Flush();
        return nodes;
    }

    private static bool At(string s, int i, int end, string token) => i + token.Length <= end && string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    private static bool OpensAt(string s, int i, int start) =>
        (i == start || !char.IsLetterOrDigit(s[i - 1])) && i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1]) && s[i + 1] != s[i];

    /// <summary>The index of the marker closing the one at <paramref name="i"/> on the same line, or -1.</summary>
    private static int Closing(string s, int i, int end)
    {
        var marker = s[i];
        for (var j = i + 2; j < end; j++)
        {
            if (s[j] == '\n') return -1;
            if (s[j] == marker && !char.IsWhiteSpace(s[j - 1]) && (j + 1 >= end || !char.IsLetterOrDigit(s[j + 1]))) return j;
        }
        return -1;
    }

    private static int LinkEnd(string s, int i, int end)
    {
        var scheme = At(s, i, end, "https://") ? 8 : At(s, i, end, "http://") ? 7 : 0;
        if (scheme == 0 || (s[i] == 'H')) return -1;
        var j = i + scheme;
        while (j < end && !char.IsWhiteSpace(s[j]) && s[j] is not ('<' or '>' or '"')) j++;
        // Punctuation that ends a sentence is not part of the link.
        while (j > i + scheme && s[j - 1] is '.' or ',' or '!' or '?' or ')' or ':' or ';' or '*' or '_' or '~' or '\'') j--;
        return j > i + scheme ? j : -1;
    }
}
