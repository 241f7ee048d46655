using Wasel.WhatsApp;
using Wasel.WhatsApp.Templates;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Contract.Tests.Infrastructure;

/// <summary>Template definitions built with the client's models, and a way to get one approved by the sandbox's review.</summary>
public static class SampleTemplates
{
    /// <summary>Positional: text header {{1}}, body {{1}}–{{3}}, footer, quick reply and a URL button with a {{1}} suffix.</summary>
    public static TemplateDefinition OrderUpdate(string name = "order_update") => new()
    {
        Name = name,
        Language = "en_US",
        Category = TemplateCategories.Utility,
        ParameterFormat = "positional",
        Components =
        [
            new() { Type = "HEADER", Format = "TEXT", Text = "Order {{1}} update", Example = new() { HeaderText = ["A-17"] } },
            new()
            {
                Type = "BODY", Text = "Hello {{1}}, your order of {{2}} will arrive on {{3}} as planned.",
                Example = new() { BodyText = [["Sara", "$10.00", "Monday"]] },
            },
            new() { Type = "FOOTER", Text = "Thank you for your order" },
            new()
            {
                Type = "BUTTONS",
                Buttons =
                [
                    new() { Type = "QUICK_REPLY", Text = "Thanks" },
                    new() { Type = "URL", Text = "Track", Url = "https://shop.example/track/{{1}}", Example = ["A-17"] },
                ],
            },
        ],
    };

    /// <summary>Named: text header {{shop}}, body {{customer_name}} and {{total}}.</summary>
    public static TemplateDefinition Receipt(string name = "receipt_named") => new()
    {
        Name = name,
        Language = "en",
        Category = TemplateCategories.Marketing,
        ParameterFormat = "named",
        Components =
        [
            new()
            {
                Type = "HEADER", Format = "TEXT", Text = "News from {{shop}} today",
                Example = new() { HeaderTextNamedParams = [new() { ParamName = "shop", Example = "Lucky Shrub" }] },
            },
            new()
            {
                Type = "BODY", Text = "Dear {{customer_name}}, your total is {{total}} this week.",
                Example = new()
                {
                    BodyTextNamedParams =
                    [
                        new() { ParamName = "customer_name", Example = "Sara" },
                        new() { ParamName = "total", Example = "$12.00" },
                    ],
                },
            },
        ],
    };

    /// <summary>Creates the template with the client and waits for the sandbox's review to approve it.</summary>
    public static async Task<string> CreateApprovedAsync(ContractHost host, TemplateDefinition definition)
    {
        var created = await host.Client.CreateTemplateAsync(definition, TestContext.Current.CancellationToken);
        await host.Webhooks.WaitForAsync<TemplateStatusUpdate>(u => u.TemplateId == created.Id && u.Event == "APPROVED");
        return created.Id;
    }
}
