using Wasel.Sandbox.State;
using Wasel.Sandbox.Tests.Graph;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Rules;

public class RecipientRulesTests
{
    private static async Task<int> FailureCodeAsync(SandboxHost host, string messageId) =>
        (await host.WaitForStatusAsync(messageId, "failed")).Error!["code"]!.GetValue<int>();

    [Fact]
    public async Task A_customer_who_blocked_the_business_gets_nothing_131026()
    {
        await using var host = await SandboxHost.StartAsync();
        var customer = host.CustomerInWindow("15553330001");
        lock (host.State.Sync) customer.BlockedBusiness = true;

        var answer = await host.SendTextAsync("15553330001");

        Assert.Equal(131026, await FailureCodeAsync(host, answer.MessageId));
    }

    [Fact]
    public async Task A_customer_not_on_whatsapp_gets_131026()
    {
        await using var host = await SandboxHost.StartAsync();
        var customer = host.CustomerInWindow("15553330002");
        lock (host.State.Sync) customer.OnWhatsApp = false;

        var answer = await host.SendTextAsync("15553330002");

        Assert.Equal(131026, await FailureCodeAsync(host, answer.MessageId));
    }

    [Fact]
    public async Task An_unknown_number_is_not_on_whatsapp_when_the_setting_says_so()
    {
        await using var host = await SandboxHost.StartAsync(o => o.UnknownNumbersAreOnWhatsApp = false);
        await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.OrderReady);

        var answer = await host.SendAsync(TemplateFixtures.SendOrderReady("15553330003", TemplateFixtures.OrderReadyComponents));

        Assert.Equal(131026, await FailureCodeAsync(host, answer.MessageId));
    }

    [Fact]
    public async Task An_unknown_number_becomes_a_customer_by_default()
    {
        await using var host = await SandboxHost.StartAsync();
        await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.OrderReady);

        var answer = await host.SendAsync(TemplateFixtures.SendOrderReady("15553330004", TemplateFixtures.OrderReadyComponents));

        await host.WaitForStatusAsync(answer.MessageId, "delivered");
        Assert.NotNull(host.State.FindCustomer("15553330004"));
    }

    [Fact]
    public async Task A_customer_who_stopped_marketing_does_not_get_marketing_templates_131050()
    {
        await using var host = await SandboxHost.StartAsync();
        await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.Promotion);
        var customer = host.CustomerInWindow("15553330005");
        lock (host.State.Sync) customer.StoppedMarketing = true;

        var answer = await host.SendAsync("""{"messaging_product":"whatsapp","to":"15553330005","type":"template","template":{"name":"weekly_news","language":{"code":"en"},"components":[{"type":"body","parameters":[{"type":"text","text":"Sara"}]}]}}""");

        Assert.Equal(131050, await FailureCodeAsync(host, answer.MessageId));
    }

    [Fact]
    public async Task Failure_rate_1_fails_every_message_with_131000()
    {
        await using var host = await SandboxHost.StartAsync(o => { o.FailureRate = 1; o.RandomSeed = 7; });
        host.CustomerInWindow("15553330006");

        var answer = await host.SendTextAsync("15553330006");

        Assert.Equal(131000, await FailureCodeAsync(host, answer.MessageId));
    }

    [Fact]
    public async Task A_reaction_to_an_unknown_message_fails_with_131009()
    {
        await using var host = await SandboxHost.StartAsync();
        host.CustomerInWindow("15553330007");

        var answer = await host.SendAsync("""{"messaging_product":"whatsapp","to":"15553330007","type":"reaction","reaction":{"message_id":"wamid.UNKNOWN","emoji":"👍"}}""");

        Assert.Equal(131009, await FailureCodeAsync(host, answer.MessageId));
    }
}
