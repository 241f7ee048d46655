using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Graph.Templates;

/// <summary>A message template of the emulated WhatsApp Business Account. Mutated only under the store's lock.</summary>
public sealed class MessageTemplate
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Language { get; init; }
    /// <summary>MARKETING, UTILITY or AUTHENTICATION.</summary>
    public required string Category { get; init; }
    /// <summary>POSITIONAL ({{1}}) or NAMED ({{first_name}}).</summary>
    public required string ParameterFormat { get; init; }
    /// <summary>The components as created (HEADER, BODY, FOOTER, BUTTONS), with upper-case types.</summary>
    public required JsonArray Components { get; init; }
    public string Status { get; set; } = "PENDING";
    public string? RejectedReason { get; set; }

    public JsonObject? Component(string type) =>
        Components.OfType<JsonObject>().FirstOrDefault(c => string.Equals(JsonFields.String(c, "type"), type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The template as GET /message_templates returns it; <paramref name="fields"/> null means all.</summary>
    public JsonObject ToJson(IReadOnlySet<string>? fields)
    {
        var all = new JsonObject
        {
            ["name"] = Name,
            ["parameter_format"] = ParameterFormat,
            ["components"] = Components.DeepClone(),
            ["language"] = Language,
            ["status"] = Status,
            ["category"] = Category,
        };
        if (RejectedReason is not null) all["rejected_reason"] = RejectedReason;
        var result = new JsonObject();
        foreach (var (key, value) in all)
            if (fields is null || fields.Contains(key)) result[key] = value?.DeepClone();
        result["id"] = Id;
        return result;
    }
}

/// <summary>The value of a <c>message_template_status_update</c> webhook.</summary>
public static class TemplateStatusWebhook
{
    public static JsonObject Build(MessageTemplate template, string @event, string? reason)
    {
        var value = new JsonObject
        {
            ["event"] = @event,
            ["message_template_id"] = long.Parse(template.Id, System.Globalization.CultureInfo.InvariantCulture),
            ["message_template_name"] = template.Name,
            ["message_template_language"] = template.Language,
            ["reason"] = reason,
            ["message_template_category"] = template.Category,
        };
        return value;
    }
}
