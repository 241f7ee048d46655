using System.Net;

namespace Wasel.Sandbox.Tests.Control;

public class ReplyTests
{
    [Fact]
    public async Task Button_reply_to_a_known_button_gets_its_title_and_context_from_the_business()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        var asked = OutboundMessages.AddButtons(scenario.State, waId);

        var message = await scenario.SendAndReceiveAsync(waId, new
        {
            type = "interactive", context = new { from = "someone", id = asked.Id },
            interactive = new { type = "button_reply", button_reply = new { id = "yes" } },
        });

        Assert.Equal("Yes", message.GetProperty("interactive").GetProperty("button_reply").GetProperty("title").GetString());
        Assert.Equal(asked.Id, message.GetProperty("context").GetProperty("id").GetString());
        Assert.Equal(scenario.Host.Options.DisplayPhoneNumber, message.GetProperty("context").GetProperty("from").GetString());
    }

    [Fact]
    public async Task Button_reply_with_an_id_the_message_does_not_have_is_rejected()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        var asked = OutboundMessages.AddButtons(scenario.State, waId);

        var response = await scenario.SendAsync(waId, new
        {
            type = "interactive", context = new { id = asked.Id },
            interactive = new { type = "button_reply", button_reply = new { id = "maybe", title = "Maybe" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ControlScenario.ErrorsFor(response, "interactive.button_reply.id");
        Assert.Contains("yes, no", Assert.Single(errors));
    }

    [Fact]
    public async Task List_reply_takes_title_and_description_from_the_row()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        var asked = OutboundMessages.AddList(scenario.State, waId);

        var message = await scenario.SendAndReceiveAsync(waId, new
        {
            type = "interactive", context = new { id = asked.Id },
            interactive = new { type = "list_reply", list_reply = new { id = "olaya" } },
        });

        var reply = message.GetProperty("interactive").GetProperty("list_reply");
        Assert.Equal("Olaya", reply.GetProperty("title").GetString());
        Assert.Equal("Open till 11", reply.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Reply_to_an_unknown_message_is_rejected_on_context_id()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        var response = await scenario.SendAsync(waId, new
        {
            type = "interactive", context = new { id = "wamid.nothing" },
            interactive = new { type = "button_reply", button_reply = new { id = "yes", title = "Yes" } },
        });

        Assert.NotEmpty(await ControlScenario.ErrorsFor(response, "context.id"));
    }

    [Fact]
    public async Task Template_quick_reply_tap_sends_button_with_payload_from_the_template()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        var template = OutboundMessages.AddTemplate(scenario.State, waId);

        var message = await scenario.SendAndReceiveAsync(waId, new { type = "button", context = new { id = template.Id }, button = new { text = "On my way" } });

        Assert.Equal("omw", message.GetProperty("button").GetProperty("payload").GetString());
        Assert.Equal("On my way", message.GetProperty("button").GetProperty("text").GetString());
        Assert.Equal(template.Id, message.GetProperty("context").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Tap_on_a_button_the_template_does_not_have_is_rejected()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        var template = OutboundMessages.AddTemplate(scenario.State, waId);

        var response = await scenario.SendAsync(waId, new { type = "button", context = new { id = template.Id }, button = new { text = "Track" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await ControlScenario.ErrorsFor(response, "button.text"));
    }
}
