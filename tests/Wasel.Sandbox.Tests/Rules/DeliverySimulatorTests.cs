using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.Rules;
using Wasel.Sandbox.Tests.Graph;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Rules;

public class DeliverySimulatorTests
{
    [Fact]
    public async Task Accepted_message_goes_sent_then_delivered_and_is_read_only_when_the_customer_reads()
    {
        await using var host = await SandboxHost.StartAsync(o => o.ReadDelayMs = -1);
        var customer = host.CustomerInWindow("15558880001");

        var answer = await host.SendTextAsync("15558880001");
        var message = await host.WaitForStatusAsync(answer.MessageId, "delivered");
        Assert.Equal("delivered", message.Status);

        host.Services.GetRequiredService<DeliverySimulator>().MarkRead(customer);

        Assert.Equal("read", message.Status);
        lock (host.State.Sync)
            Assert.Equal(["sent", "delivered", "read"], message.Statuses.Select(s => s.Status));
        Assert.Equal("service", message.Category);
    }

    [Fact]
    public async Task With_a_read_delay_the_customer_reads_on_their_own()
    {
        await using var host = await SandboxHost.StartAsync(o => o.ReadDelayMs = 0);
        host.CustomerInWindow("15558880002");

        var answer = await host.SendTextAsync("15558880002");

        await host.WaitForStatusAsync(answer.MessageId, "read");
    }

    [Fact]
    public async Task Biz_opaque_callback_data_is_kept_on_the_message()
    {
        await using var host = await SandboxHost.StartAsync();
        host.CustomerInWindow("15558880003");

        var answer = await host.SendAsync("""{"messaging_product":"whatsapp","to":"15558880003","biz_opaque_callback_data":"order-9","text":{"body":"hi"}}""");

        Assert.Equal("order-9", host.State.FindMessage(answer.MessageId)!.BizOpaqueCallbackData);
    }
}
