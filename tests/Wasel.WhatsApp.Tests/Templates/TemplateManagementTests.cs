using Wasel.WhatsApp.Templates;
using Wasel.WhatsApp.Tests.Support;

namespace Wasel.WhatsApp.Tests.Templates;

public class TemplateManagementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_posts_meta_shape_to_the_waba()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenJson(200, """{"id":"572279198452421","status":"PENDING","category":"MARKETING"}""");
        var client = graph.CreateClient();

        var created = await client.CreateTemplateAsync(new TemplateDefinition
        {
            Name = "seasonal_promotion", Language = "en_US", Category = TemplateCategories.Marketing, ParameterFormat = "positional",
            Components =
            [
                new TemplateComponentDefinition { Type = "HEADER", Format = "TEXT", Text = "Our {{1}} is on!", Example = new TemplateExample { HeaderText = ["Summer Sale"] } },
                new TemplateComponentDefinition
                {
                    Type = "BODY", Text = "Shop through {{1}} with code {{2}} now.",
                    Example = new TemplateExample { BodyText = [["the end of August", "25OFF"]] },
                },
                new TemplateComponentDefinition
                {
                    Type = "BUTTONS",
                    Buttons = [new TemplateButtonDefinition { Type = "URL", Text = "Shop Now", Url = "https://x.com/shop?promo={{1}}", Example = ["summer2023"] }],
                },
            ],
        }, Ct);

        Assert.Equal("572279198452421", created.Id);
        Assert.Equal("PENDING", created.Status);
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/sandbox/graph/v23.0/102290129340398/message_templates", request.Path);
        JsonAssert.Equivalent("""
            {"name":"seasonal_promotion","language":"en_US","category":"MARKETING","parameter_format":"positional","components":[
              {"type":"HEADER","format":"TEXT","text":"Our {{1}} is on!","example":{"header_text":["Summer Sale"]}},
              {"type":"BODY","text":"Shop through {{1}} with code {{2}} now.","example":{"body_text":[["the end of August","25OFF"]]}},
              {"type":"BUTTONS","buttons":[{"type":"URL","text":"Shop Now","url":"https://x.com/shop?promo={{1}}","example":["summer2023"]}]}]}
            """, request.BodyText);
    }

    [Fact]
    public async Task Copy_code_example_is_sent_as_a_string_and_read_back_from_either_shape()
    {
        await using var graph = (await FakeGraph.StartAsync())
            .ThenJson(200, """{"id":"1","status":"PENDING","category":"MARKETING"}""")
            .ThenJson(200, """{"data":[{"id":"1","name":"offer","components":[{"type":"BUTTONS","buttons":[{"type":"COPY_CODE","example":"250FF"},{"type":"URL","text":"Shop","url":"https://x.com/{{1}}","example":["summer"]}]}]}]}""");
        var client = graph.CreateClient();

        await client.CreateTemplateAsync(new TemplateDefinition
        {
            Name = "offer", Language = "en", Category = TemplateCategories.Marketing,
            Components =
            [
                new TemplateComponentDefinition { Type = "BODY", Text = "Your code is below, enjoy." },
                new TemplateComponentDefinition { Type = "BUTTONS", Buttons = [new TemplateButtonDefinition { Type = "COPY_CODE", Example = ["250FF"] }] },
            ],
        }, Ct);
        var listed = (await client.ListTemplatesAsync(cancellationToken: Ct)).Data.Single();

        JsonAssert.Equivalent("""
            {"name":"offer","language":"en","category":"MARKETING","components":[
              {"type":"BODY","text":"Your code is below, enjoy."},
              {"type":"BUTTONS","buttons":[{"type":"COPY_CODE","example":"250FF"}]}]}
            """, graph.Requests[0].BodyText);
        var buttons = listed.Components![0].Buttons!;
        Assert.Equal(["250FF"], buttons[0].Example);
        Assert.Equal(["summer"], buttons[1].Example);
        Assert.Equal("https://x.com/{{1}}", buttons[1].Url);
    }

    [Fact]
    public async Task List_follows_cursors_until_the_last_page()
    {
        await using var graph = (await FakeGraph.StartAsync())
            .ThenJson(200, """{"data":[{"id":"1","name":"a","language":"en","status":"APPROVED","category":"UTILITY","parameter_format":"POSITIONAL","components":[{"type":"BODY","text":"Hi"}]}],"paging":{"cursors":{"before":"B","after":"CURSOR2"},"next":"https://graph.facebook.com/next"}}""")
            .ThenJson(200, """{"data":[{"id":"2","name":"b","language":"ar","status":"PENDING","category":"MARKETING"}],"paging":{"cursors":{"before":"C","after":"D"}}}""");
        var client = graph.CreateClient();

        var templates = new List<MessageTemplate>();
        await foreach (var template in client.ListAllTemplatesAsync(new TemplateQuery { Limit = 1, Status = "APPROVED" }, Ct))
            templates.Add(template);

        Assert.Equal(["a", "b"], templates.Select(t => t.Name));
        Assert.Equal("Hi", templates[0].Components![0].Text);
        Assert.Equal(2, graph.Requests.Count);
        Assert.Equal("/sandbox/graph/v23.0/102290129340398/message_templates", graph.Requests[0].Path);
        Assert.Contains("limit=1", graph.Requests[0].Query);
        Assert.Contains("status=APPROVED", graph.Requests[0].Query);
        Assert.DoesNotContain("after=", graph.Requests[0].Query);
        Assert.Contains("after=CURSOR2", graph.Requests[1].Query);
    }

    [Fact]
    public async Task Delete_by_name_and_template_id()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenSuccess();
        var client = graph.CreateClient();

        await client.DeleteTemplateAsync("order_update", "1407680676729941", Ct);

        var request = Assert.Single(graph.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/sandbox/graph/v23.0/102290129340398/message_templates", request.Path);
        Assert.Equal("?name=order_update&hsm_id=1407680676729941", request.Query);
    }

    [Fact]
    public async Task Missing_waba_id_is_a_configuration_error()
    {
        await using var graph = await FakeGraph.StartAsync();
        var client = graph.CreateClient(o => o.WabaId = "");

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.ListTemplatesAsync(cancellationToken: Ct));
    }
}
