using System.Text;
using System.Text.Json;

namespace Wasel.Conversations;

/// <summary>
/// The words a person reads in a stored message (Cloud API JSON of any type): text body, caption, file name, header
/// and footer, button and list titles, template name and parameters, location name and address, contact names.
/// Search matches this rather than the JSON, which would also match key names, ids and links.
/// </summary>
public static class MessageText
{
    /// <summary>Keys whose string values are words for a person, wherever they sit in the message.</summary>
    private static readonly HashSet<string> Readable = new(StringComparer.Ordinal)
    {
        "body", "text", "caption", "filename", "title", "description", "name", "address", "formatted_name", "button",
    };

    /// <summary>Parts that are about another message (the quoted one, the ad the customer came from) or about failures.</summary>
    private static readonly HashSet<string> Elsewhere = new(StringComparer.Ordinal) { "context", "referral", "errors" };

    public static string? Of(string? content)
    {
        if (string.IsNullOrWhiteSpace(content)) return null;
        try
        {
            using var document = JsonDocument.Parse(content);
            var text = new StringBuilder();
            Collect(document.RootElement, text);
            return text.Length == 0 ? null : text.ToString();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, text);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            if (Elsewhere.Contains(property.Name)) continue;
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                if (!Readable.Contains(property.Name) || property.Value.GetString() is not { Length: > 0 } words) continue;
                if (text.Length > 0) text.Append('\n');
                text.Append(words);
            }
            else
            {
                Collect(property.Value, text);
            }
        }
    }
}
