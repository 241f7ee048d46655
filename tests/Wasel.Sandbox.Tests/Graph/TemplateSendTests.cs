using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

public class TemplateSendTests
{
    [Fact]
    public async Task An_approved_template_with_matching_parameters_is_accepted_rendered_and_delivered_outside_the_window()
    {
        await using var host = await SandboxHost.StartAsync();
        await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.OrderReady);

        var answer = await host.SendAsync(TemplateFixtures.SendOrderReady("15556660001", TemplateFixtures.OrderReadyComponents));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("accepted", answer.Json.GetProperty("messages")[0].GetProperty("message_status").GetString());
        var message = await host.WaitForStatusAsync(answer.MessageId, "delivered");
        Assert.Equal("utility", message.Category);
        Assert.Equal("Hello Sara, your order A-17 is ready for pickup today.", message.Rendered!["body"]!.GetValue<string>());
        Assert.Equal("Order A-17", message.Rendered["header"]!.GetValue<string>());
        Assert.Equal("https://shop.example/track/A-17", message.Rendered["buttons"]![1]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_template_is_132001()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.SendAsync("""{"messaging_product":"whatsapp","to":"15556660002","type":"template","template":{"name":"nope","language":{"code":"en_US"}}}""");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal(132001, answer.ErrorCode);
    }

    [Fact]
    public async Task Template_in_another_language_is_132001()
    {
        await using var host = await SandboxHost.StartAsync();
        await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.OrderReady);

        var answer = await host.SendAsync(TemplateFixtures.SendOrderReady("15556660003", TemplateFixtures.OrderReadyComponents).Replace("en_US", "ar"));

        Assert.Equal(132001, answer.ErrorCode);
    }

    [Fact]
    public async Task Pending_template_is_132001()
    {
        await using var host = await SandboxHost.StartAsync(o => o.TemplateReviewDelayMs = 600_000);
        await host.Graph.PostAsync($"{host.Options.WabaId}/message_templates", TemplateFixtures.OrderReady);

        var answer = await host.SendAsync(TemplateFixtures.SendOrderReady("15556660004", TemplateFixtures.OrderReadyComponents));

        Assert.Equal(132001, answer.ErrorCode);
    }

    [Theory]
    [InlineData("PAUSED", 132015)]
    [InlineData("DISABLED", 132016)]
    public async Task Paused_and_disabled_templates_are_refused(string status, int code)
    {
        await using var host = await SandboxHost.StartAsync();
        var template = await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.OrderReady);
        Assert.True(host.Services.GetRequiredService<TemplateStore>().SetStatus(template.Id, status));

        var answer = await host.SendAsync(TemplateFixtures.SendOrderReady("15556660005", TemplateFixtures.OrderReadyComponents));

        Assert.Equal(code, answer.ErrorCode);
    }

    [Fact]
    public async Task Wrong_number_of_body_parameters_is_132000()
    {
        await using var host = await SandboxHost.StartAsync();
        await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.OrderReady);
        var oneBodyParameter = TemplateFixtures.OrderReadyComponents.Replace("""{"type":"text","text":"Sara"},""", "");

        var answer = await host.SendAsync(TemplateFixtures.SendOrderReady("15556660006", oneBodyParameter));

        Assert.Equal(132000, answer.ErrorCode);
        Assert.Contains("body", answer.ErrorText);
    }

    [Fact]
    public async Task Named_parameters_with_wrong_names_are_132018()
    {
        await using var host = await SandboxHost.StartAsync();
        await TemplateFixtures.CreateApprovedAsync(host, """
            {"name":"named_hello","language":"en","category":"UTILITY","parameter_format":"named",
             "components":[{"type":"BODY","text":"Hello {{first_name}}, your visit is confirmed.","example":{"body_text_named_params":[{"param_name":"first_name","example":"Sara"}]}}]}
            """);

        var wrong = await host.SendAsync("""{"messaging_product":"whatsapp","to":"15556660007","type":"template","template":{"name":"named_hello","language":{"code":"en"},"components":[{"type":"body","parameters":[{"type":"text","parameter_name":"name","text":"Sara"}]}]}}""");
        var right = await host.SendAsync("""{"messaging_product":"whatsapp","to":"15556660007","type":"template","template":{"name":"named_hello","language":{"code":"en"},"components":[{"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":"Sara"}]}]}}""");

        Assert.Equal(132018, wrong.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal("Hello Sara, your visit is confirmed.", host.State.FindMessage(right.MessageId)!.Rendered!["body"]!.GetValue<string>());
    }
}
