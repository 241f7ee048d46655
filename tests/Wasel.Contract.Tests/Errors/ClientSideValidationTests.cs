using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.BusinessProfile;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Templates;

namespace Wasel.Contract.Tests.Errors;

/// <summary>
/// What the client refuses before sending never reaches the sandbox; and the sandbox refuses the same request when it is
/// sent anyway, so the client's limits are Meta's limits, not stricter ones.
/// </summary>
public class ClientSideValidationTests
{
    private const string Customer = "15550100020";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Text_over_4096_characters_is_refused_before_sending_as_the_sandbox_would()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = OutgoingMessage.Text(Customer, new string('a', 4097));

        var refused = await Assert.ThrowsAsync<WhatsAppValidationException>(() => host.Client.SendAsync(message, Token));

        Assert.Contains(refused.Errors, e => e.Field == "text.body");
        Assert.Empty(host.Requests.All);
        Assert.Equal(131009, await host.SandboxErrorCodeAsync($"{host.Settings.PhoneNumberId}/messages", message.ToJson()));
    }

    [Fact]
    public async Task Four_reply_buttons_are_refused_before_sending_as_the_sandbox_would()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = OutgoingMessage.Buttons(Customer, "Pick one",
            [ReplyButton.Create("a", "A"), ReplyButton.Create("b", "B"), ReplyButton.Create("c", "C"), ReplyButton.Create("d", "D")]);

        var refused = await Assert.ThrowsAsync<WhatsAppValidationException>(() => host.Client.SendAsync(message, Token));

        Assert.Contains(refused.Errors, e => e.Field.StartsWith("interactive.action.buttons", StringComparison.Ordinal));
        Assert.Empty(host.Requests.All);
        Assert.Equal(131009, await host.SandboxErrorCodeAsync($"{host.Settings.PhoneNumberId}/messages", message.ToJson()));
    }

    [Fact]
    public async Task Template_name_with_capitals_is_refused_before_sending_as_the_sandbox_would()
    {
        await using var host = await ContractHost.StartAsync();
        var template = SampleTemplates.OrderUpdate("Order Update");

        var refused = await Assert.ThrowsAsync<WhatsAppValidationException>(() => host.Client.CreateTemplateAsync(template, Token));

        Assert.Contains(refused.Errors, e => e.Field == "name");
        Assert.Empty(host.Requests.All);
        Assert.Equal(100, await host.SandboxErrorCodeAsync($"{host.Settings.WabaId}/message_templates",
            System.Text.Json.JsonSerializer.Serialize(new { name = "Order Update", language = "en_US", category = "UTILITY", components = new[] { new { type = "BODY", text = "Hello there" } } })));
    }

    [Fact]
    public async Task Upload_of_an_unsupported_type_is_refused_before_sending_as_the_sandbox_would()
    {
        await using var host = await ContractHost.StartAsync();

        var refused = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            host.Client.UploadMediaAsync(SampleFiles.Bytes(16), "image/gif", "moving.gif", Token));

        Assert.Contains(refused.Errors, e => e.Field == "type");
        Assert.Empty(host.Requests.All);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("whatsapp"), "messaging_product" },
            { new StringContent("image/gif"), "type" },
            { new ByteArrayContent(SampleFiles.Bytes(16)) { Headers = { ContentType = new MediaTypeHeaderValue("image/gif") } }, "file", "moving.gif" },
        };
        Assert.Equal(100, await host.SandboxErrorCodeAsync($"{host.Settings.PhoneNumberId}/media", form));
    }

    [Fact]
    public async Task Profile_about_over_139_characters_is_refused_before_sending_as_the_sandbox_would()
    {
        await using var host = await ContractHost.StartAsync();
        var update = new BusinessProfileUpdate { About = new string('a', 140) };

        var refused = await Assert.ThrowsAsync<WhatsAppValidationException>(() => host.Client.UpdateBusinessProfileAsync(update, Token));

        Assert.Contains(refused.Errors, e => e.Field == "about");
        Assert.Empty(host.Requests.All);
        Assert.Equal(100, await host.SandboxErrorCodeAsync($"{host.Settings.PhoneNumberId}/whatsapp_business_profile",
            $$"""{"messaging_product":"whatsapp","about":"{{new string('a', 140)}}"}"""));
    }
}
