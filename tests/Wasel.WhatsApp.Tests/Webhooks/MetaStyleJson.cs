using System.Text;
using System.Text.Json.Nodes;

namespace Wasel.WhatsApp.Tests.Webhooks;

/// <summary>
/// Writes compact JSON byte for byte. <see cref="Escaped"/> is Meta's webhook format: every non-ASCII character as a
/// lowercase <c>\uXXXX</c> escape (emoji as UTF-16 surrogate pairs) and <c>/</c> as <c>\/</c>. <see cref="Utf8"/> is
/// the same document with text left as raw UTF-8, as a receiver that re-serialises would produce.
/// </summary>
internal static class MetaStyleJson
{
    public static byte[] Escaped(JsonNode node) => Encoding.ASCII.GetBytes(Write(node, asciiOnly: true));

    public static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(Write(node, asciiOnly: false));

    private static string Write(JsonNode node, bool asciiOnly)
    {
        var json = new StringBuilder();
        Write(node, json, asciiOnly);
        return json.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder json, bool asciiOnly)
    {
        switch (node)
        {
            case null:
                json.Append("null");
                break;
            case JsonObject obj:
                json.Append('{');
                var first = true;
                foreach (var (name, value) in obj)
                {
                    if (!first) json.Append(',');
                    first = false;
                    WriteString(name, json, asciiOnly);
                    json.Append(':');
                    Write(value, json, asciiOnly);
                }
                json.Append('}');
                break;
            case JsonArray array:
                json.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) json.Append(',');
                    Write(array[i], json, asciiOnly);
                }
                json.Append(']');
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                WriteString(text, json, asciiOnly);
                break;
            default:
                json.Append(node.ToJsonString());
                break;
        }
    }

    private static void WriteString(string text, StringBuilder json, bool asciiOnly)
    {
        json.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') json.Append('\\').Append(c);
            else if (c == '/' && asciiOnly) json.Append("\\/");
            else if (c < 0x20 || (c > 0x7E && asciiOnly)) json.Append("\\u").Append(((int)c).ToString("x4"));
            else json.Append(c);
        }
        json.Append('"');
    }
}
