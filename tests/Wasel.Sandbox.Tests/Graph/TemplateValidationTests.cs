using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

public class TemplateValidationTests
{
    private static Task<GraphAnswer> CreateAsync(SandboxHost host, string json) =>
        host.Graph.PostAsync($"{host.Options.WabaId}/message_templates", json);

    private static string WithBody(string body, string example = """{"body_text":[["x","y","z"]]}""") =>
        JsonText.Fill("""{"name":"t_<<0>>","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"<<1>>","example":<<2>>}]}""", Guid.NewGuid().ToString("N"), body, example);

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
}
