using System.Net;
using System.Text.Json.Nodes;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Tests.Graph;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Rules;

public class CustomerWindowTests
{
    [Fact]
    public async Task Free_form_to_a_customer_who_never_wrote_is_accepted_then_fails_with_131047()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.SendTextAsync("15552220001");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var message = await host.WaitForStatusAsync(answer.MessageId, "failed");
        Assert.Equal(131047, message.Error!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_customer_message_opens_the_window_and_it_closes_after_24_hours()
    {
        await using var host = await SandboxHost.StartAsync();
        host.CustomerInWindow("15552220002");

        var inside = await host.SendTextAsync("15552220002");
        await host.WaitForStatusAsync(inside.MessageId, "delivered");

        host.State.Clock.Advance(TimeSpan.FromHours(25));
        var outside = await host.SendTextAsync("15552220002");
        var failed = await host.WaitForStatusAsync(outside.MessageId, "failed");
        Assert.Equal(131047, failed.Error!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_ad_referral_keeps_free_form_open_for_72_hours_and_free_of_charge()
    {
        await using var host = await SandboxHost.StartAsync();
        var customer = host.CustomerInWindow("15552220003");
        lock (host.State.Sync) customer.FreeEntryPointUntil = host.State.Clock.UtcNow.AddHours(72);
        host.State.Clock.Advance(TimeSpan.FromHours(48));

        var answer = await host.SendTextAsync("15552220003");

        var message = await host.WaitForStatusAsync(answer.MessageId, "delivered");
        Assert.Null(message.Error);
    }

    [Fact]
    public async Task Marking_a_message_read_marks_it_and_earlier_inbound_messages_read()
    {
        await using var host = await SandboxHost.StartAsync();
        var customer = host.CustomerInWindow("15552220004");
        SandboxMessage Inbound(string id) => new()
        {
            Id = id, Direction = MessageDirection.Inbound, Type = "text", Body = new JsonObject { ["type"] = "text" }, Timestamp = host.State.Clock.UtcNow,
        };
        host.State.AddMessage(customer, Inbound("wamid.in1"));
        host.State.AddMessage(customer, Inbound("wamid.in2"));
        host.State.AddMessage(customer, Inbound("wamid.in3"));

        var answer = await host.SendAsync("""{"messaging_product":"whatsapp","status":"read","message_id":"wamid.in2","typing_indicator":{"type":"text"}}""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Json.GetProperty("success").GetBoolean());
        Assert.Equal("read", host.State.FindMessage("wamid.in1")!.Status);
        Assert.Equal("read", host.State.FindMessage("wamid.in2")!.Status);
        Assert.NotEqual("read", host.State.FindMessage("wamid.in3")!.Status);
    }
}
