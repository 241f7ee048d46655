using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Graph;

/// <summary>
/// Reads Graph request bodies the way Meta does: an object- or array-typed field may arrive as a JSON-encoded string
/// (Chatwoot sends <c>"action":"{\"buttons\":[…]}"</c>); such a string is parsed and put back in place, so that what is
/// stored is the normal shape.
/// </summary>
public static class JsonFields
{
    public static JsonObject? Object(JsonObject? parent, string name) => Decode(parent, name) as JsonObject;

    public static JsonArray? Array(JsonObject? parent, string name) => Decode(parent, name) as JsonArray;

    /// <summary>A string (or a number written as one) field; null when absent or JSON null.</summary>
    public static string? String(JsonObject? parent, string name) =>
        parent?[name] is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
                _ => null,
            }
            : null;

    public static bool Has(JsonObject? parent, string name) => parent?[name] is not null;

    /// <summary>True when the field is present but is neither the expected object/array nor a string holding one.</summary>
    public static bool IsMalformed(JsonObject? parent, string name) => Has(parent, name) && Decode(parent, name) is null or JsonValue;

    private static JsonNode? Decode(JsonObject? parent, string name)
    {
        var node = parent?[name];
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>().Trim();
            if (text.StartsWith('{') || text.StartsWith('['))
            {
                try
                {
                    var parsed = JsonNode.Parse(text);
                    parent![name] = parsed;
                    return parsed;
                }
                catch (JsonException)
                {
                    return node;
                }
            }
        }
        return node;
    }
}
