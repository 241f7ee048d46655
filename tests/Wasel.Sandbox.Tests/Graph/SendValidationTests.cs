using System.Net;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

public class SendValidationTests
{
    [Fact]
    public async Task Missing_messaging_product_is_code_100_naming_it()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.SendAsync("""{"to":"15551110001","type":"text","text":{"body":"hi"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(100, answer.ErrorCode);
        Assert.Contains("messaging_product", answer.ErrorText);
    }

    [Fact]
    public async Task Text_without_body_is_131008_naming_the_parameter()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.SendAsync("""{"messaging_product":"whatsapp","to":"15551110001","type":"text","text":{}}""");

        Assert.Equal(131008, answer.ErrorCode);
        Assert.Contains("text['body']", answer.ErrorText);
    }

    [Fact]
    public async Task Text_longer_than_4096_characters_is_131009()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.SendTextAsync("15551110001", new string('a', 4097));

        Assert.Equal(131009, answer.ErrorCode);
    }

    [Fact]
    public async Task Four_reply_buttons_are_131009()
    {
        await using var host = await SandboxHost.StartAsync();
        var buttons = string.Join(",", Enumerable.Range(1, 4).Select(i => JsonText.Fill("""{"type":"reply","reply":{"id":"b<<0>>","title":"B<<1>>"}}""", i, i)));

        var answer = await host.SendAsync(JsonText.Fill("""{"messaging_product":"whatsapp","to":"15551110001","type":"interactive","interactive":{"type":"button","body":{"text":"Pick"},"action":{"buttons":[<<0>>]}}}""", buttons));

        Assert.Equal(131009, answer.ErrorCode);
        Assert.Contains("at most 3", answer.ErrorText);
    }

    [Fact]
    public async Task Eleven_list_rows_are_131009()
    {
        await using var host = await SandboxHost.StartAsync();
        var rows = string.Join(",", Enumerable.Range(1, 11).Select(i => JsonText.Fill("""{"id":"r<<0>>","title":"Row <<1>>"}""", i, i)));

        var answer = await host.SendAsync(JsonText.Fill("""{"messaging_product":"whatsapp","to":"15551110001","type":"interactive","interactive":{"type":"list","body":{"text":"Pick"},"action":{"button":"Options","sections":[{"title":"All","rows":[<<0>>]}]}}}""", rows));

        Assert.Equal(131009, answer.ErrorCode);
        Assert.Contains("10 rows", answer.ErrorText);
    }

    [Fact]
    public async Task Sending_to_the_business_own_number_is_131021()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.SendTextAsync("+" + host.Options.DisplayPhoneNumber);

        Assert.Equal(131021, answer.ErrorCode);
    }

    [Fact]
    public async Task To_with_plus_and_formatting_is_echoed_as_input_and_reduced_to_digits_as_wa_id()
    {
        await using var host = await SandboxHost.StartAsync();
        host.CustomerInWindow("16505551234");

        var answer = await host.SendTextAsync("+1 (650) 555-1234");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var contact = answer.Json.GetProperty("contacts")[0];
        Assert.Equal("+1 (650) 555-1234", contact.GetProperty("input").GetString());
        Assert.Equal("16505551234", contact.GetProperty("wa_id").GetString());
        Assert.StartsWith("wamid.", answer.MessageId);
        Assert.Equal("whatsapp", answer.Json.GetProperty("messaging_product").GetString());
        Assert.False(answer.Json.GetProperty("messages")[0].TryGetProperty("message_status", out _));
    }

    [Fact]
    public async Task Json_encoded_strings_for_object_fields_and_null_context_are_accepted()
    {
        await using var host = await SandboxHost.StartAsync();
        host.CustomerInWindow("15551110003");
        var action = """{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"yes\",\"title\":\"Yes\"}}]}""";

        var answer = await host.SendAsync(JsonText.Fill("""{"messaging_product":"whatsapp","to":"15551110003","context":null,"type":"interactive","interactive":{"type":"button","body":{"text":"OK?"},"action":"<<0>>"}}""", action));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var stored = host.State.FindMessage(answer.MessageId)!;
        Assert.Equal("yes", stored.Body["interactive"]!["action"]!["buttons"]![0]!["reply"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_message_type_in_meta_shape_is_accepted()
    {
        await using var host = await SandboxHost.StartAsync();
        host.CustomerInWindow("15551110004");
        string[] bodies =
        [
            """{"type":"image","image":{"link":"https://example.com/a.png","caption":"A"}}""",
            """{"type":"document","document":{"link":"https://example.com/a.pdf","filename":"a.pdf"}}""",
            """{"type":"audio","audio":{"link":"https://example.com/a.ogg"}}""",
            """{"type":"video","video":{"link":"https://example.com/a.mp4"}}""",
            """{"type":"sticker","sticker":{"link":"https://example.com/a.webp"}}""",
            """{"type":"location","location":{"latitude":"37.44216","longitude":"-122.16153","name":"Philz"}}""",
            """{"type":"contacts","contacts":[{"name":{"formatted_name":"Barbara J. Johnson"},"phones":[{"phone":"+19175559999"}]}]}""",
            """{"type":"interactive","interactive":{"type":"cta_url","body":{"text":"See"},"action":{"name":"cta_url","parameters":{"display_text":"Open","url":"https://example.com"}}}}""",
            """{"type":"interactive","interactive":{"type":"flow","body":{"text":"Book"},"action":{"name":"flow","parameters":{"flow_message_version":"3","flow_id":"1","flow_cta":"Book!"}}}}""",
        ];
        foreach (var body in bodies)
        {
            var answer = await host.SendAsync(JsonText.Fill("""{"messaging_product":"whatsapp","to":"15551110004",<<0>>}""", body[1..^1]));
            Assert.True(answer.Status == HttpStatusCode.OK, $"{body} → {answer.Json}");
        }
    }

    [Fact]
    public async Task Reaction_gets_only_sent_and_an_empty_emoji_is_accepted()
    {
        await using var host = await SandboxHost.StartAsync();
        host.CustomerInWindow("15551110005");
        var first = await host.SendTextAsync("15551110005");

        var reaction = await host.SendAsync(JsonText.Fill("""{"messaging_product":"whatsapp","to":"15551110005","type":"reaction","reaction":{"message_id":"<<0>>","emoji":""}}""", first.MessageId));

        Assert.Equal(HttpStatusCode.OK, reaction.Status);
        await host.WaitForStatusAsync(first.MessageId, "delivered");
        var message = await host.WaitForStatusAsync(reaction.MessageId, "sent");
        Assert.Equal("sent", message.Status);
    }
}
