using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Templates;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Contract.Tests.Templates;

/// <summary>Creating, reviewing, listing and deleting templates through the client against the sandbox.</summary>
public class TemplateManagementTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Positional_and_named_templates_start_pending_and_are_listed_approved_after_review()
    {
        await using var host = await ContractHost.StartAsync();

        var positional = await host.Client.CreateTemplateAsync(SampleTemplates.OrderUpdate(), Token);
        var named = await host.Client.CreateTemplateAsync(SampleTemplates.Receipt(), Token);
        await host.Webhooks.WaitForAsync<TemplateStatusUpdate>(u => u.TemplateId == positional.Id && u.Event == "APPROVED");
        await host.Webhooks.WaitForAsync<TemplateStatusUpdate>(u => u.TemplateId == named.Id && u.Event == "APPROVED");
        var listed = await ListAllAsync(host, new TemplateQuery { Limit = 1 });

        Assert.Equal(("PENDING", "UTILITY"), (positional.Status, positional.Category));
        Assert.Equal(("PENDING", "MARKETING"), (named.Status, named.Category));
        Assert.Equal(2, host.Requests.Count("/message_templates", "GET"));
        var order = Assert.Single(listed, t => t.Id == positional.Id);
        Assert.Equal(("order_update", "en_US", "APPROVED", "UTILITY", "POSITIONAL"), (order.Name, order.Language, order.Status, order.Category, order.ParameterFormat));
        Assert.Equal(["HEADER", "BODY", "FOOTER", "BUTTONS"], order.Components!.Select(c => c.Type));
        Assert.Equal("Hello {{1}}, your order of {{2}} will arrive on {{3}} as planned.", order.Components![1].Text);
        Assert.Equal("https://shop.example/track/{{1}}", order.Components![3].Buttons![1].Url);
        var receipt = Assert.Single(listed, t => t.Id == named.Id);
        Assert.Equal("NAMED", receipt.ParameterFormat);
        Assert.Equal("customer_name", receipt.Components![1].Example!.BodyTextNamedParams![0].ParamName);
    }

    [Fact]
    public async Task Listing_filters_by_status_and_name()
    {
        await using var host = await ContractHost.StartAsync(o => o.TemplateBannedWords = "arrive");
        var rejected = await host.Client.CreateTemplateAsync(SampleTemplates.OrderUpdate(), Token);
        var approved = await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.Receipt());
        await host.Webhooks.WaitForAsync<TemplateStatusUpdate>(u => u.TemplateId == rejected.Id);

        var onlyApproved = await ListAllAsync(host, new TemplateQuery { Status = "APPROVED" });
        var byName = await ListAllAsync(host, new TemplateQuery { Name = "order" });

        Assert.Equal([approved], onlyApproved.Select(t => t.Id));
        Assert.Equal([rejected.Id], byName.Select(t => t.Id));
        Assert.Equal("REJECTED", byName[0].Status);
    }

    [Fact]
    public async Task Body_with_too_many_variables_for_its_length_is_refused_with_subcode_2388293()
    {
        await using var host = await ContractHost.StartAsync();
        var crowded = SampleTemplates.OrderUpdate() with
        {
            Components =
            [
                new() { Type = "BODY", Text = "Hi {{1}} and {{2}} or {{3}} ok", Example = new() { BodyText = [["a", "b", "c"]] } },
            ],
        };

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.CreateTemplateAsync(crowded, Token))).Error;

        Assert.Equal(100, error.Code);
        Assert.Equal(2388293, error.Subcode);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(WhatsAppErrorCatalog.Explain(2388293).Meaning, error.Explanation.Meaning);
        Assert.Equal("Too many variables for message length", error.UserTitle);
        Assert.NotNull(error.UserMessage);
        Assert.Equal(1, host.Requests.Count("/message_templates", "POST"));
    }

    [Fact]
    public async Task Same_name_and_language_twice_is_refused_with_subcode_2388024()
    {
        await using var host = await ContractHost.StartAsync();
        await host.Client.CreateTemplateAsync(SampleTemplates.OrderUpdate(), Token);

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.CreateTemplateAsync(SampleTemplates.OrderUpdate(), Token))).Error;

        Assert.Equal(100, error.Code);
        Assert.Equal(2388024, error.Subcode);
        Assert.Contains("template", error.Explanation.Meaning);
        Assert.False(error.Explanation.Retryable);
    }

    [Fact]
    public async Task Deleted_template_is_no_longer_listed_or_sendable()
    {
        await using var host = await ContractHost.StartAsync();
        var id = await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.OrderUpdate());
        await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.Receipt());

        await host.Client.DeleteTemplateAsync("order_update", id, Token);
        var listed = await ListAllAsync(host, new TemplateQuery());
        var again = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.DeleteTemplateAsync("order_update", cancellationToken: Token))).Error;

        Assert.Equal(["receipt_named"], listed.Select(t => t.Name));
        Assert.Equal(100, again.Code);
    }

    private static async Task<List<MessageTemplate>> ListAllAsync(ContractHost host, TemplateQuery query)
    {
        var all = new List<MessageTemplate>();
        await foreach (var template in host.Client.ListAllTemplatesAsync(query, Token)) all.Add(template);
        return all;
    }
}
