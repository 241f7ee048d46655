using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Templates;

/// <summary>
/// Meta writes a button's example in two shapes: an array for a URL button's suffix (<c>"example":["summer2023"]</c>)
/// and a plain string for a copy-code button (<c>"example":"250FF"</c>). Both are read into
/// <see cref="TemplateButtonDefinition.Example"/>, and a copy-code example is written back as the string Meta expects.
/// </summary>
internal sealed class TemplateButtonDefinitionConverter : JsonConverter<TemplateButtonDefinition>
{
    public override TemplateButtonDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var button = JsonElement.ParseValue(ref reader);
        if (button.ValueKind != JsonValueKind.Object)
            throw new JsonException($"Expected a template button object, found {button.ValueKind}.");
        return new TemplateButtonDefinition
        {
            Type = String(button, "type") ?? "",
            Text = String(button, "text"),
            Url = String(button, "url"),
            PhoneNumber = String(button, "phone_number"),
            Example = button.TryGetProperty("example", out var example) ? Examples(example) : null,
        };
    }

    public override void Write(Utf8JsonWriter writer, TemplateButtonDefinition value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("type", value.Type);
        if (value.Text is not null) writer.WriteString("text", value.Text);
        if (value.Url is not null) writer.WriteString("url", value.Url);
        if (value.PhoneNumber is not null) writer.WriteString("phone_number", value.PhoneNumber);
        if (value.Example is { } example)
        {
            if (string.Equals(value.Type, "COPY_CODE", StringComparison.OrdinalIgnoreCase) && example.Count == 1)
            {
                writer.WriteString("example", example[0]);
            }
            else
            {
                writer.WriteStartArray("example");
                foreach (var item in example) writer.WriteStringValue(item);
                writer.WriteEndArray();
            }
        }
        writer.WriteEndObject();
    }

    private static string? String(JsonElement button, string name) =>
        button.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string>? Examples(JsonElement example) => example.ValueKind switch
    {
        JsonValueKind.String => [example.GetString()!],
        JsonValueKind.Array => [.. example.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        _ => null,
    };
}
