using System.Text;

namespace Wasel.Inbox.Settings;

/// <summary>
/// WhatsApp's inline formatting, as the customer's phone shows it: *bold*, _italic_, ~strikethrough~ and ```monospace```.
/// A marker opens only before a non-space and after a non-letter, and closes on the same line after a non-space and
/// before a non-letter, so "2*3*4" and "snake_case_name" stay as written. Produces spans, never markup: the caller
/// renders each as an element with its text.
/// </summary>
public static class WhatsAppFormatting
{
    public abstract record Span;
    public sealed record Plain(string Text) : Span;
    public sealed record Monospace(string Text) : Span;
    /// <summary>Marker is '*' (bold), '_' (italic) or '~' (strikethrough).</summary>
    public sealed record Styled(char Marker, IReadOnlyList<Span> Children) : Span;

    public static IReadOnlyList<Span> Parse(string? text)
    {
        var spans = new List<Span>();
        if (string.IsNullOrEmpty(text)) return spans;
        var plain = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("```") && text.IndexOf("```", i + 3, StringComparison.Ordinal) is var end && end > i + 3)
            {
                Flush();
                spans.Add(new Monospace(text[(i + 3)..end]));
                i = end + 3;
                continue;
            }
            var c = text[i];
            if (c is '*' or '_' or '~' && Opens(text, i) && Close(text, i) is var close && close > 0)
            {
                Flush();
                spans.Add(new Styled(c, Parse(text[(i + 1)..close])));
                i = close + 1;
                continue;
            }
            plain.Append(c);
            i++;
        }
        Flush();
        return spans;

        void Flush()
        {
            if (plain.Length == 0) return;
            spans.Add(new Plain(plain.ToString()));
            plain.Clear();
        }
    }

    private static bool Opens(string text, int i) =>
        (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != text[i];

    private static int Close(string text, int open)
    {
        for (var j = open + 2; j < text.Length && text[j] != '\n'; j++)
            if (text[j] == text[open] && !char.IsWhiteSpace(text[j - 1]) && (j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1])))
                return j;
        return -1;
    }
}
