using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Wasel.WhatsApp;
using Wasel.WhatsApp.Templates;

namespace Wasel.Inbox.Compose;

/// <summary>A template an agent can send: its body and header text and the placeholders to fill.</summary>
public sealed record TemplateChoice(string Name, string Language, string? Category, string? Header, string Body, string? Footer, bool Named)
{
    public IReadOnlyList<string> BodyParameters => TemplateCatalog.Placeholders(Body);
    public IReadOnlyList<string> HeaderParameters => Header is null ? [] : TemplateCatalog.Placeholders(Header);

    /// <summary>The text the customer will read with the values filled in (empty values keep their placeholder).</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        TemplateCatalog.Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) && v.Length > 0 ? v : m.Value);

    public JsonObject ToMessage(IReadOnlyDictionary<string, string> header, IReadOnlyDictionary<string, string> body)
    {
        var components = new JsonArray();
        if (HeaderParameters.Count > 0) components.Add(Component("header", HeaderParameters, header));
        if (BodyParameters.Count > 0) components.Add(Component("body", BodyParameters, body));
        var template = new JsonObject { ["name"] = Name, ["language"] = new JsonObject { ["code"] = Language } };
        if (components.Count > 0) template["components"] = components;
        return new JsonObject { ["type"] = "template", ["template"] = template };
    }

    private JsonObject Component(string type, IReadOnlyList<string> names, IReadOnlyDictionary<string, string> values)
    {
        var parameters = new JsonArray();
        foreach (var name in names)
        {
            var p = new JsonObject { ["type"] = "text" };
            if (Named) p["parameter_name"] = name;
            p["text"] = values.GetValueOrDefault(name, "");
            parameters.Add(p);
        }
        return new JsonObject { ["type"] = type, ["parameters"] = parameters };
    }
}

/// <summary>The approved templates of the connected account (sandbox or Meta), cached for a few minutes.</summary>
public sealed partial class TemplateCatalog(IServiceScopeFactory scopes, TimeProvider time, ILogger<TemplateCatalog> log)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(5);
    private (DateTimeOffset At, IReadOnlyList<TemplateChoice> Items)? cached;

    public async Task<(IReadOnlyList<TemplateChoice> Templates, string? Error)> ListAsync(CancellationToken cancellationToken)
    {
        if (cached is { } c && time.GetUtcNow() - c.At < Fresh) return (c.Items, null);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var client = scope.ServiceProvider.GetRequiredService<WhatsAppClient>();
            var list = new List<TemplateChoice>();
            await foreach (var t in client.ListAllTemplatesAsync(new TemplateQuery { Status = "APPROVED" }, cancellationToken))
                if (ToChoice(t) is { } choice) list.Add(choice);
            var items = list.OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Language, StringComparer.Ordinal).ToList();
            cached = (time.GetUtcNow(), items);
            return (items, null);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or WhatsApp.Errors.WhatsAppApiException)
        {
            log.LogWarning(e, "Could not list templates");
            return ([], e.Message);
        }
    }

    private static TemplateChoice? ToChoice(MessageTemplate t)
    {
        var body = t.Components?.FirstOrDefault(c => c.Type.Equals("BODY", StringComparison.OrdinalIgnoreCase))?.Text;
        if (body is null || t.Language is null) return null;
        var header = t.Components?.FirstOrDefault(c => c.Type.Equals("HEADER", StringComparison.OrdinalIgnoreCase) && (c.Format ?? "TEXT").Equals("TEXT", StringComparison.OrdinalIgnoreCase))?.Text;
        var footer = t.Components?.FirstOrDefault(c => c.Type.Equals("FOOTER", StringComparison.OrdinalIgnoreCase))?.Text;
        return new TemplateChoice(t.Name, t.Language, t.Category, header, body, footer, string.Equals(t.ParameterFormat, "NAMED", StringComparison.OrdinalIgnoreCase));
    }

    public static IReadOnlyList<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex(@"\{\{\s*(\w+)\s*\}\}")]
    internal static partial Regex Placeholder();
}
