using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

/// <summary>The sandbox misbehaves the ways Meta can; every message still arrives exactly once.</summary>
public class DispatchFaultTests
{
    private static readonly Dictionary<string, string?> FastTimeouts = new()
    {
        ["WhatsApp:AttemptTimeout"] = "00:00:01",
        ["WhatsApp:RetryBaseDelay"] = "00:00:00.050",
        ["Dispatch:ReconcileWait"] = "00:00:03",
    };

    [Theory]
    [InlineData(500, 131000)]
    [InlineData(503, 2)]
    [InlineData(400, 130429)]
    [InlineData(400, 131056)]
    public async Task Retryable_errors_are_backed_off_and_the_message_arrives_once(int status, int code)
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite, FastTimeouts);
        var conversation = await OpenConversation.StartAsync(app);
        await conversation.InjectFaultAsync(new { count = 2, status, code, path = "messages" });

        var id = await conversation.SendAsync(new { type = "text", text = new { body = $"after {code}" } });

        await conversation.WaitForStateAsync(id, "delivered");
        Assert.Equal(1, await conversation.CopiesReceivedAsync($"after {code}"));
    }

    [Fact]
    public async Task An_error_that_cannot_succeed_fails_the_message_with_its_reason()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite, FastTimeouts);
        var conversation = await OpenConversation.StartAsync(app);
        await conversation.InjectFaultAsync(new { count = 1, status = 400, code = 131031, path = "messages" });

        var id = await conversation.SendAsync(new { type = "text", text = new { body = "locked" } });

        var failed = await conversation.WaitForStateAsync(id, "failed");
        Assert.Equal(131031, failed["error"]!["code"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(failed["error"]!["what_to_do"]?.GetValue<string>()), "A failed message says what to do.");
        Assert.Equal(0, await conversation.CopiesReceivedAsync("locked"));
    }

    [Fact]
    public async Task A_lost_response_is_reconciled_from_status_webhooks_without_sending_again()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite, FastTimeouts);
        var conversation = await OpenConversation.StartAsync(app);
        await conversation.InjectFaultAsync(new { count = 1, lose_response = true, delay_ms = 5000, path = "messages" });

        var id = await conversation.SendAsync(new { type = "text", text = new { body = "lost answer" } });

        var delivered = await conversation.WaitForStateAsync(id, "delivered");
        Assert.NotNull(delivered["wa_message_id"]);
        await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken); // past the reconcile wait: a resend would show now
        Assert.Equal(1, await conversation.CopiesReceivedAsync("lost answer"));
    }

    [Fact]
    public async Task Statuses_that_overtake_the_send_answer_do_not_hold_the_message_back()
    {
        // The lease is long: a batch that failed on the race would only be retried minutes later, past this test.
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite, new(FastTimeouts) { ["Dispatch:Lease"] = "00:10:00" });
        var conversation = await OpenConversation.StartAsync(app);
        await conversation.InjectFaultAsync(new { count = 1, delay_answer_ms = 700, path = "messages" });

        var id = await conversation.SendAsync(new { type = "text", text = new { body = "answer came late" } });

        var delivered = await conversation.WaitForStateAsync(id, "delivered");
        Assert.NotNull(delivered["wa_message_id"]);
        Assert.Equal(1, await conversation.CopiesReceivedAsync("answer came late"));
        // The dispatcher recorded its own answer too: its queue row is gone, not left leased after a failed round.
        await Eventually.TrueAsync("the dispatch row to be done", async () =>
        {
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            return !await db.OutboundDispatches.AnyAsync(d => d.MessageId == id, TestContext.Current.CancellationToken);
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_send_that_timed_out_before_arriving_is_sent_again_once()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite, FastTimeouts);
        var conversation = await OpenConversation.StartAsync(app);
        await conversation.InjectFaultAsync(new { count = 1, delay_ms = 5000, path = "messages" });

        var id = await conversation.SendAsync(new { type = "text", text = new { body = "slow network" } });

        await conversation.WaitForStateAsync(id, "delivered");
        Assert.Equal(1, await conversation.CopiesReceivedAsync("slow network"));
    }
}
