using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// Reads any JSON value into a string property: Meta sends ids as numbers in some fields and strings in others, and
/// a field documented as text may turn into an array. Non-string values keep their JSON text instead of failing.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => JsonElement.ParseValue(ref reader).GetRawText(),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}

/// <summary>
/// Reads Meta's timestamps, strings of Unix seconds ("1749416383") or plain numbers, as UTC instants; ISO 8601
/// text is accepted too. Writes them back as Meta does, a string of seconds.
/// </summary>
internal sealed class UnixTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number) && TryFromSeconds(number, out var fromNumber))
            return fromNumber;

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && TryFromSeconds(seconds, out var fromText))
                return fromText;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                return instant;
        }

        throw new JsonException($"Expected a Unix timestamp in seconds, found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>Converts Unix seconds, refusing values outside what <see cref="DateTimeOffset"/> can hold.</summary>
    public static bool TryFromSeconds(long seconds, out DateTimeOffset instant)
    {
        var inRange = seconds >= MinSeconds && seconds <= MaxSeconds;
        instant = inRange ? DateTimeOffset.FromUnixTimeSeconds(seconds) : default;
        return inRange;
    }

    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
}
