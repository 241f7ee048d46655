using Microsoft.Extensions.DependencyInjection;
using Wasel.Contract.Tests.Infrastructure;
using Wasel.Sandbox.Graph.Templates;
using TemplateDefinition = Wasel.WhatsApp.Templates.TemplateDefinition;
using TemplateCategories = Wasel.WhatsApp.Templates.TemplateCategories;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Contract.Tests.Templates;

/// <summary>
/// A copy-code button is {"type":"COPY_CODE","example":"250FF"} in Meta's documents: no label, the example a string
/// (a URL button's example is an array).
/// </summary>
public class CopyCodeButtonTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static TemplateDefinition Offer => new()
    {
        Name = "spring_offer", Language = "en", Category = TemplateCategories.Marketing,
        Components =
        [
            new() { Type = "BODY", Text = "Use the code below for {{1}} off your next order.", Example = new() { BodyText = [["15%"]] } },
            new()
            {
                Type = "BUTTONS",
                Buttons =
                [
                    new() { Type = "COPY_CODE", Example = ["250FF"] },
                    new() { Type = "URL", Text = "Shop now", Url = "https://shop.example/{{1}}", Example = ["spring"] },
                ],
            },
        ],
    };

    [Fact]
    public async Task Template_with_a_copy_code_button_is_accepted_and_listed_back()
    {
        await using var host = await ContractHost.StartAsync();

        var created = await host.Client.CreateTemplateAsync(Offer, Token);
        await host.Webhooks.WaitForAsync<TemplateStatusUpdate>(u => u.TemplateId == created.Id && u.Event == "APPROVED");
        var listed = (await host.Client.ListTemplatesAsync(cancellationToken: Token)).Data.Single();

        var buttons = listed.Components!.Single(c => c.Type == "BUTTONS").Buttons!;
        Assert.Equal(("COPY_CODE", null), (buttons[0].Type, buttons[0].Text));
        Assert.Equal(["250FF"], buttons[0].Example);
        Assert.Equal(["spring"], buttons[1].Example);
    }

    [Fact]
    public async Task Copy_code_example_reaches_the_sandbox_as_a_string()
    {
        await using var host = await ContractHost.StartAsync();

        var created = await host.Client.CreateTemplateAsync(Offer, Token);

        var stored = host.Services.GetRequiredService<TemplateStore>().FindById(created.Id)!;
        var button = stored.Component("BUTTONS")!["buttons"]![0]!;
        Assert.Equal(System.Text.Json.JsonValueKind.String, button["example"]!.GetValueKind());
    }
}
