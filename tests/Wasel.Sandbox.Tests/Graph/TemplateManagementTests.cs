using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

public class TemplateManagementTests
{
    private static Task<GraphAnswer> CreateAsync(SandboxHost host, string json) =>
        host.Graph.PostAsync($"{host.Options.WabaId}/message_templates", json);

    private static string WithBody(string body, string example = """{"body_text":[["x","y","z"]]}""") =>
        JsonText.Fill("""{"name":"t_<<0>>","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"<<1>>","example":<<2>>}]}""", Guid.NewGuid().ToString("N"), body, example);

    [Fact]
    public async Task A_new_template_is_pending_then_approved_after_review()
    {
        await using var host = await SandboxHost.StartAsync(o => o.TemplateReviewDelayMs = 600_000);

        var answer = await CreateAsync(host, TemplateFixtures.OrderReady);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("PENDING", answer.Json.GetProperty("status").GetString());
        Assert.Equal("UTILITY", answer.Json.GetProperty("category").GetString());
        var id = answer.Json.GetProperty("id").GetString()!;
        var byId = await host.Graph.GetJsonAsync($"{id}?fields=status");
        Assert.Equal("PENDING", byId.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Review_approves_a_valid_template()
    {
        await using var host = await SandboxHost.StartAsync();

        var template = await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.OrderReady);

        Assert.Equal("APPROVED", host.Services.GetRequiredService<TemplateStore>().Find("order_ready", "en_US")!.Status);
        Assert.Equal("order_ready", template.Name);
    }

    [Fact]
    public async Task Review_rejects_banned_words_and_promotional_utility_templates()
    {
        await using var host = await SandboxHost.StartAsync(o => o.TemplateBannedWords = "casino");
        var store = host.Services.GetRequiredService<TemplateStore>();

        var banned = await CreateAsync(host, """{"name":"banned","language":"en","category":"MARKETING","components":[{"type":"BODY","text":"Visit our casino tonight"}]}""");
        var promo = await CreateAsync(host, """{"name":"promo","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"Big sale on all shoes"}]}""");

        await GraphCalls.EventuallyAsync(() => store.Find("banned", "en")?.Status == "REJECTED" && store.Find("promo", "en")?.Status == "REJECTED", "rejections");
        Assert.Equal("ABUSIVE_CONTENT", store.Find("banned", "en")!.RejectedReason);
        Assert.Equal("PROMOTIONAL", store.Find("promo", "en")!.RejectedReason);
        Assert.Equal(HttpStatusCode.OK, banned.Status);
        Assert.Equal(HttpStatusCode.OK, promo.Status);
    }

    [Theory]
    [InlineData("{{1}} is your code for today", 2388299)]
    [InlineData("Your code for today is {{1}}", 2388299)]
    [InlineData("Hi {{1}} {{2}} welcome back to us", 2388072)]
    [InlineData("Hi {{1}}, your code {{3}} is ready now", 2388072)]
    [InlineData("Hi {{1}} and {{2}} and {{3}} ok", 2388293)]
    public async Task Body_parameter_rules_give_meta_subcodes(string body, int subcode)
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await CreateAsync(host, WithBody(body));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(100, answer.ErrorCode);
        Assert.Equal(subcode, answer.ErrorSubcode);
    }

    [Fact]
    public async Task Missing_examples_are_2388043()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await CreateAsync(host, WithBody("Hi {{1}}, welcome back to the shop", "{}"));

        Assert.Equal(2388043, answer.ErrorSubcode);
    }

    [Fact]
    public async Task Over_long_body_header_and_button_label_are_2388040()
    {
        await using var host = await SandboxHost.StartAsync();

        var body = await CreateAsync(host, WithBody(new string('a', 1025)));
        var header = await CreateAsync(host, JsonText.Fill("""{"name":"h","language":"en","category":"UTILITY","components":[{"type":"HEADER","format":"TEXT","text":"<<0>>"},{"type":"BODY","text":"Hello"}]}""", new string('a', 61)));
        var label = await CreateAsync(host, JsonText.Fill("""{"name":"b","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"Hello"},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"<<0>>"}]}]}""", new string('a', 26)));

        Assert.Equal(2388040, body.ErrorSubcode);
        Assert.Equal(2388040, header.ErrorSubcode);
        Assert.Equal(2388040, label.ErrorSubcode);
    }

    [Fact]
    public async Task Footer_with_a_parameter_is_2388073_and_header_with_two_is_2388047()
    {
        await using var host = await SandboxHost.StartAsync();

        var footer = await CreateAsync(host, """{"name":"f","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"Hello"},{"type":"FOOTER","text":"Bye {{1}}"}]}""");
        var header = await CreateAsync(host, """{"name":"h","language":"en","category":"UTILITY","components":[{"type":"HEADER","format":"TEXT","text":"{{1}} and {{2}}"},{"type":"BODY","text":"Hello"}]}""");

        Assert.Equal(2388073, footer.ErrorSubcode);
        Assert.Equal(2388047, header.ErrorSubcode);
    }

    [Fact]
    public async Task Bad_name_category_and_url_button_are_refused()
    {
        await using var host = await SandboxHost.StartAsync();

        var name = await CreateAsync(host, """{"name":"Bad Name","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"Hello"}]}""");
        var category = await CreateAsync(host, """{"name":"ok","language":"en","category":"PROMO","components":[{"type":"BODY","text":"Hello"}]}""");
        var url = await CreateAsync(host, """{"name":"u","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"Hello"},{"type":"BUTTONS","buttons":[{"type":"URL","text":"Go","url":"https://x.example/{{1}}/page","example":["a"]}]}]}""");
        var buttons = await CreateAsync(host, """{"name":"q","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"Hello"},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"A"},{"type":"URL","text":"Go","url":"https://x.example"},{"type":"QUICK_REPLY","text":"B"}]}]}""");

        Assert.Equal(100, name.ErrorCode);
        Assert.Contains("name", name.ErrorText);
        Assert.Contains("category", category.ErrorText);
        Assert.Equal(TemplateErrors.ButtonsInvalid, url.ErrorSubcode);
        Assert.Equal(TemplateErrors.ButtonsInvalid, buttons.ErrorSubcode);
    }

    [Fact]
    public async Task Same_name_and_language_twice_is_2388024_and_the_template_limit_is_2388019()
    {
        await using var host = await SandboxHost.StartAsync(o => o.MaxTemplates = 2);
        const string First = """{"name":"one","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"Hello"}]}""";

        Assert.Equal(HttpStatusCode.OK, (await CreateAsync(host, First)).Status);
        Assert.Equal(2388024, (await CreateAsync(host, First)).ErrorSubcode);
        Assert.Equal(HttpStatusCode.OK, (await CreateAsync(host, First.Replace("\"en\"", "\"ar\""))).Status);
        Assert.Equal(2388019, (await CreateAsync(host, First.Replace("\"one\"", "\"three\""))).ErrorSubcode);
    }

    [Fact]
    public async Task Components_as_a_json_encoded_string_are_accepted()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await CreateAsync(host, """{"name":"encoded","language":"en","category":"UTILITY","components":"[{\"type\":\"BODY\",\"text\":\"Hello there\"}]"}""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task Listing_pages_with_cursors_and_filters_by_status_and_name()
    {
        await using var host = await SandboxHost.StartAsync(o => o.TemplateReviewDelayMs = 600_000);
        foreach (var name in new[] { "alpha", "beta", "gamma", "delta", "epsilon" })
            await CreateAsync(host, JsonText.Fill("""{"name":"<<0>>","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"Hello"}]}""", name));
        var waba = host.Options.WabaId;

        var first = await host.Graph.GetJsonAsync($"{waba}/message_templates?limit=2&fields=name,status");
        var after = first.Json.GetProperty("paging").GetProperty("cursors").GetProperty("after").GetString();
        var second = await host.Graph.GetJsonAsync($"{waba}/message_templates?limit=2&fields=name,status&after={after}");
        var last = await host.Graph.GetJsonAsync($"{waba}/message_templates?limit=2&after={second.Json.GetProperty("paging").GetProperty("cursors").GetProperty("after").GetString()}");
        var byName = await host.Graph.GetJsonAsync($"{waba}/message_templates?name=gam");
        var approved = await host.Graph.GetJsonAsync($"{waba}/message_templates?status=APPROVED");

        string[] Names(GraphAnswer a) => a.Json.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["alpha", "beta"], Names(first));
        Assert.True(first.Json.GetProperty("paging").TryGetProperty("next", out _));
        Assert.False(first.Json.GetProperty("data")[0].TryGetProperty("components", out _));
        Assert.True(first.Json.GetProperty("data")[0].TryGetProperty("id", out _));
        Assert.Equal(["gamma", "delta"], Names(second));
        Assert.Equal(["epsilon"], Names(last));
        Assert.False(last.Json.GetProperty("paging").TryGetProperty("next", out _));
        Assert.Equal(["gamma"], Names(byName));
        Assert.Empty(Names(approved));
    }

    [Fact]
    public async Task Deleting_by_name_removes_every_language_and_by_hsm_id_only_one()
    {
        await using var host = await SandboxHost.StartAsync();
        var waba = host.Options.WabaId;
        foreach (var language in new[] { "en", "ar", "fr" })
            await CreateAsync(host, JsonText.Fill("""{"name":"bye","language":"<<0>>","category":"UTILITY","components":[{"type":"BODY","text":"Hello"}]}""", language));
        var store = host.Services.GetRequiredService<TemplateStore>();

        var one = await host.Graph.DeleteJsonAsync($"{waba}/message_templates?name=bye&hsm_id={store.Find("bye", "fr")!.Id}");
        Assert.True(one.Json.GetProperty("success").GetBoolean());
        Assert.Null(store.Find("bye", "fr"));
        Assert.NotNull(store.Find("bye", "en"));

        await host.Graph.DeleteJsonAsync($"{waba}/message_templates?name=bye");
        Assert.Null(store.Find("bye", "en"));
        Assert.Null(store.Find("bye", "ar"));
    }

    [Fact]
    public void Status_webhook_carries_event_id_name_language_reason_and_category()
    {
        var template = new MessageTemplate { Id = "7000000000000001", Name = "order_ready", Language = "en_US", Category = "UTILITY", ParameterFormat = "POSITIONAL", Components = [] };

        var value = TemplateStatusWebhook.Build(template, "REJECTED", "PROMOTIONAL");

        Assert.Equal("""{"event":"REJECTED","message_template_id":7000000000000001,"message_template_name":"order_ready","message_template_language":"en_US","reason":"PROMOTIONAL","message_template_category":"UTILITY"}""", value.ToJsonString());
    }
}
