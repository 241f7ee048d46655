using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

public class TemplateOutsideWindowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_the_window_closes_a_template_goes_through(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartOnKestrelAsync(provider);
        var conversation = await OpenConversation.StartAsync(app);
        await CreateApprovedTemplateAsync(app, "order_shipped", "Hello {{1}}, your order {{2}} has shipped.");
        app.Time.Advance(TimeSpan.FromHours(30));

        var freeForm = await conversation.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { type = "text", text = new { body = "hi" } }, Ct);
        var id = await conversation.SendAsync(new
        {
            type = "template",
            template = new
            {
                name = "order_shipped",
                language = new { code = "en" },
                components = new[] { new { type = "body", parameters = new[] { new { type = "text", text = "Sara" }, new { type = "text", text = "A-1001" } } } },
            },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, freeForm.StatusCode);
        await conversation.WaitForStateAsync(id, "delivered");
        var received = await conversation.Customer.WaitToReceiveAsync("the template", m => m["type"]?.GetValue<string>() == "template");
        Assert.Equal("Hello Sara, your order A-1001 has shipped.", received["rendered"]!["body"]!.GetValue<string>());
    }

    internal static async Task CreateApprovedTemplateAsync(WaselApp app, string name, string body)
    {
        var graph = app.CreateClient();
        graph.DefaultRequestHeaders.Authorization = new("Bearer", "sandbox-access-token");
        var created = await graph.PostAsJsonAsync("/sandbox/graph/v23.0/1020000000000001/message_templates", new
        {
            name, language = "en", category = "UTILITY",
            components = new[] { new { type = "BODY", text = body, example = new { body_text = new[] { new[] { "Sara", "A-1001" } } } } },
        }, Ct);
        created.EnsureSuccessStatusCode();
        await Eventually.TrueAsync($"template {name} approved", async () =>
            (await graph.GetFromJsonAsync<JsonNode>($"/sandbox/graph/v23.0/1020000000000001/message_templates?name={name}", Ct))!["data"]![0]!["status"]!.GetValue<string>() == "APPROVED");
    }
}
