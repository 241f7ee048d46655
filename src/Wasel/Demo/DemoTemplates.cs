using System.Text.Json.Nodes;
using Wasel.Sandbox.Graph.Templates;

namespace Wasel.Demo;

/// <summary>
/// The templates the demo conversations were sent with, made approved templates of the sandbox's business account
/// on every start, so that a person can send them again (to a customer whose window has closed, say) and the
/// phone page can show the seeded ones as the customer saw them.
/// </summary>
internal static class DemoTemplates
{
    private sealed record Definition(string Name, string Language, string Category, string Body, string[] Example, string[] QuickReplies);

    private static readonly Definition[] All =
    [
        new("order_shipped", "ar", "UTILITY", "مرحباً {{1}}، تم شحن طلبك {{2}} مع {{3}} وسيصلك خلال يومين.",
            ["سارة", "NK-10001", "أرامكس"], ["تتبع الشحنة"]),
        new("order_update", "ar", "UTILITY", "أهلاً {{1}}، تحديث على طلبك {{2}}: {{3}}. للاستفسار رد على هذه الرسالة.",
            ["سارة", "NK-10001", "خرج للتوصيل"], []),
        new("ramadan_offer", "ar", "MARKETING", "رمضان كريم يا {{1}} 🌙 خصم {{2}} على تمور وقهوة نخلة طوال الشهر. لإيقاف العروض أرسل «إيقاف».",
            ["سارة", "١٥٪"], []),
        new("order_confirmation", "en_GB", "UTILITY", "Thanks for your order, {{1}}! Order {{2}} ({{3}}) is confirmed, and we'll message you when it ships.",
            ["Sam", "NK-10001", "£20.00"], []),
    ];

    public static void RegisterIn(TemplateStore store)
    {
        foreach (var definition in All)
        {
            if (store.Find(definition.Name, definition.Language) is not null) continue;
            var (template, _) = store.Create(new TemplateDraft(definition.Name, definition.Language, definition.Category, "POSITIONAL", Components(definition)));
            // Approved at once: these stand for templates the brand had approved long before the demo's first message.
            if (template is not null) store.SetStatus(template.Id, "APPROVED");
        }
    }

    /// <summary>A sent template as the customer saw it (the sandbox's rendered form), or null when it is not a demo template.</summary>
    public static JsonObject? Render(JsonObject? sent)
    {
        var name = sent?["name"]?.GetValue<string>();
        var language = sent?["language"]?["code"]?.GetValue<string>();
        if (All.FirstOrDefault(d => d.Name == name && d.Language == language) is not { } definition) return null;
        var values = (sent!["components"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(c => c["type"]?.GetValue<string>() == "body")
            .SelectMany(c => c["parameters"] as JsonArray ?? []).Select(p => p?["text"]?.GetValue<string>()).ToList();
        var rendered = new JsonObject
        {
            ["name"] = definition.Name,
            ["language"] = definition.Language,
            ["category"] = definition.Category,
            ["body"] = TemplatePlaceholders.Fill(definition.Body, n => int.TryParse(n, out var i) && i >= 1 && i <= values.Count ? values[i - 1] : null),
        };
        if (definition.QuickReplies.Length > 0)
            rendered["buttons"] = new JsonArray(definition.QuickReplies
                .Select(text => (JsonNode)new JsonObject { ["type"] = "quick_reply", ["text"] = text, ["payload"] = text }).ToArray());
        return rendered;
    }

    private static JsonArray Components(Definition definition)
    {
        var components = new JsonArray(new JsonObject
        {
            ["type"] = "BODY",
            ["text"] = definition.Body,
            ["example"] = new JsonObject { ["body_text"] = new JsonArray(new JsonArray(definition.Example.Select(e => (JsonNode)e).ToArray())) },
        });
        if (definition.QuickReplies.Length > 0)
            components.Add(new JsonObject
            {
                ["type"] = "BUTTONS",
                ["buttons"] = new JsonArray(definition.QuickReplies.Select(text => (JsonNode)new JsonObject { ["type"] = "QUICK_REPLY", ["text"] = text }).ToArray()),
            });
        return components;
    }
}
