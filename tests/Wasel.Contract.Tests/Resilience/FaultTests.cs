using Microsoft.Extensions.Time.Testing;
using Wasel.Contract.Tests.Infrastructure;
using Wasel.Sandbox.Graph;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;

namespace Wasel.Contract.Tests.Resilience;

/// <summary>
/// Faults injected into the sandbox's Graph API, seen through the client's retry and timeout policy. Delays run on a
/// sandbox clock that never moves, so a delayed answer only ends when the client gives up on it.
/// </summary>
public class FaultTests
{
    private const string Customer = "15550100050";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_server_errors_then_success_are_retried_to_success()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        host.Faults.Add(new GraphFault(2, 500, 131000, 0, "messages"));

        var result = await host.Client.SendAsync(OutgoingMessage.Text(Customer, "Hello"), Token);

        Assert.NotNull(host.State.FindMessage(result.MessageId));
        Assert.Equal(3, host.Requests.Count("/messages"));
    }

    [Fact]
    public async Task Server_errors_beyond_the_retries_surface_as_the_last_error()
    {
        await using var host = await ContractHost.StartAsync(client: o => o.MaxRetries = 2);
        host.Faults.Add(new GraphFault(5, 503, 131016, 0, null));

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.GetPhoneNumberAsync(cancellationToken: Token))).Error;

        Assert.Equal(131016, error.Code);
        Assert.Equal(503, error.HttpStatus);
        Assert.Equal(3, host.Requests.All.Count);
    }

    [Fact]
    public async Task Send_slower_than_the_attempt_timeout_is_ambiguous_after_one_attempt()
    {
        await using var host = await ContractHost.StartAsync(client: o => o.AttemptTimeout = TimeSpan.FromSeconds(1), sandboxTime: new FakeTimeProvider());
        host.CustomerWhoJustWrote(Customer);
        await WarmUpAsync(host);
        host.Faults.Add(new GraphFault(1, null, null, 60_000, "messages"));
        var message = OutgoingMessage.Text(Customer, "Did this arrive?").WithCallbackData("outbox-77");

        var ambiguous = await Assert.ThrowsAsync<WhatsAppAmbiguousSendException>(() => host.Client.SendAsync(message, Token));

        Assert.Equal("outbox-77", ambiguous.OutgoingMessage.BizOpaqueCallbackData);
        Assert.Equal(1, host.Requests.Count("/messages"));
    }

    [Fact]
    public async Task Read_slower_than_the_attempt_timeout_is_retried()
    {
        await using var host = await ContractHost.StartAsync(client: o => o.AttemptTimeout = TimeSpan.FromSeconds(2), sandboxTime: new FakeTimeProvider());
        await WarmUpAsync(host);
        host.Faults.Add(new GraphFault(1, null, null, 60_000, null));

        var phone = await host.Client.GetPhoneNumberAsync(cancellationToken: Token);

        Assert.Equal(host.Settings.PhoneNumberId, phone.Id);
        // The warm-up, the attempt that hangs (its delay never ends on the frozen clock), then at least one retry;
        // a busy machine may time out a retry too, which is still the behaviour under test.
        Assert.True(host.Requests.All.Count >= 1 + 2, $"expected the read to be retried; saw {host.Requests.All.Count} requests");
    }

    /// <summary>Opens the connection first, so that the attempt timeout measures the sandbox's answer, not a cold start.</summary>
    private static async Task WarmUpAsync(ContractHost host) => await host.Client.GetPhoneNumberAsync(["id"], Token);
}
