using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>Small readers over the envelope that turn a wrong shape into a <see cref="WebhookParseException"/> with its path.</summary>
internal static class JsonRead
{
    public static void RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new WebhookParseException($"{path} must be a JSON object, not {Describe(element.ValueKind)}.");
    }

    public static JsonElement RequireArray(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var array))
            throw new WebhookParseException($"{path} has no \"{name}\" member.");
        if (array.ValueKind != JsonValueKind.Array)
            throw new WebhookParseException($"{path}.{name} must be an array, not {Describe(array.ValueKind)}.");
        return array;
    }

    /// <summary>An optional array: absent or null yields nothing; any other non-array is an error.</summary>
    public static JsonElement.ArrayEnumerator OptionalArray(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
            return default;
        if (array.ValueKind != JsonValueKind.Array)
            throw new WebhookParseException($"{path}.{name} must be an array, not {Describe(array.ValueKind)}.");
        return array.EnumerateArray();
    }

    /// <summary>A member as text: strings as they are, numbers as written (ids are sometimes numbers).</summary>
    public static string? String(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static DateTimeOffset? Timestamp(JsonElement parent, string name) =>
        long.TryParse(String(parent, name), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && UnixTimestampConverter.TryFromSeconds(seconds, out var instant)
            ? instant
            : null;

    public static T Typed<T>(JsonElement element, JsonTypeInfo<T> type, string path)
    {
        RequireObject(element, path);
        try
        {
            return element.Deserialize(type) ?? throw new WebhookParseException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new WebhookParseException($"{path} does not have the documented shape: {e.Message}", e);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Undefined => "missing",
        JsonValueKind.Null => "null",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };
}
