using System.Text.Json.Nodes;
using Wasel.Contract.Tests.Infrastructure;
using Wasel.Sandbox.State;
using Wasel.WhatsApp.Errors;

namespace Wasel.Contract.Tests.Messages;

/// <summary>Read receipts and the typing indicator sent by the client are understood by the sandbox.</summary>
public class MarkReadTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Marking_an_inbound_message_read_with_typing_marks_it_and_earlier_ones_read()
    {
        await using var host = await ContractHost.StartAsync();
        var customer = host.CustomerWhoJustWrote("15550100060");
        var first = Inbound(host, customer, "Hi");
        var second = Inbound(host, customer, "Are you open today?");

        await host.Client.MarkReadAsync(second.Id, showTyping: true, Token);

        lock (host.State.Sync) Assert.Equal(("read", "read"), (first.Status, second.Status));
    }

    [Fact]
    public async Task Marking_an_unknown_message_read_is_a_typed_error()
    {
        await using var host = await ContractHost.StartAsync();

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.MarkReadAsync("wamid.unknown", cancellationToken: Token))).Error;

        Assert.Equal(100, error.Code);
        Assert.Equal(1, host.Requests.Count("/messages"));
    }

    private static SandboxMessage Inbound(ContractHost host, SimulatedCustomer customer, string text)
    {
        var message = new SandboxMessage
        {
            Id = SandboxState.NewMessageId(),
            Direction = MessageDirection.Inbound,
            Type = "text",
            Body = new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["body"] = text } },
            Timestamp = host.State.Clock.UtcNow,
            Status = "delivered",
        };
        host.State.AddMessage(customer, message);
        return message;
    }
}
