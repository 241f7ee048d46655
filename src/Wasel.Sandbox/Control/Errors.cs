using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Control;

/// <summary>Validation errors keyed by the JSON path of the field, as problem details list them.</summary>
internal sealed class Errors : Dictionary<string, string[]>
{
    public void Add(string field, string message) =>
        this[field] = TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}

internal static class JsonNodeReading
{
    /// <summary>The string at <paramref name="name"/>, or null when absent or not a string.</summary>
    public static string? Text(this JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
