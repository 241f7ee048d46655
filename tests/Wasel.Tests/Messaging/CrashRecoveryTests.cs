using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Conversations;
using Wasel.Messaging;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

/// <summary>What a node leaves behind when it dies is finished by the next one: nothing acknowledged is lost, nothing sent twice.</summary>
public class CrashRecoveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Webhooks_acknowledged_before_a_crash_are_processed_after_restart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = WaselApp.StartOn(database, new() { ["Messaging:ProcessWebhooks"] = "false" }))
        {
            var http = first.CreateClient();
            for (var i = 0; i < 5; i++)
                Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(SignedWebhooks.Post(SignedWebhooks.InboundText("966501100001", $"wamid.CRASH{i}", $"message {i}")), Ct)).StatusCode);
        } // the node is gone before it processed anything

        await using var second = WaselApp.StartOn(database);
        await Eventually.TrueAsync("the five messages after restart", async () =>
        {
            await using var db = await second.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            return await db.Messages.CountAsync(m => m.Conversation.Contact.WaId == "966501100001", Ct) == 5;
        });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_message_whose_sender_died_mid_send_reaches_the_customer_exactly_once(bool sendReachedWhatsApp)
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite, new() { ["Dispatch:ReconcileWait"] = "00:00:02" });
        var conversation = await OpenConversation.StartAsync(app);
        var body = sendReachedWhatsApp ? "sent before the crash" : "never left";

        // The state a dispatcher leaves when it dies between claiming a row and recording the answer.
        var messageId = await LeaveInterruptedSendAsync(app, conversation.Id, body);
        if (sendReachedWhatsApp) await SendAsTheDeadDispatcherDidAsync(app, conversation.Customer.WaId, messageId, body);

        var delivered = await conversation.WaitForStateAsync(messageId, "delivered");
        await Task.Delay(TimeSpan.FromSeconds(3), Ct); // past the reconcile wait: a second copy would be out by now
        Assert.Equal(1, await conversation.CopiesReceivedAsync(body));
        Assert.NotNull(delivered["wa_message_id"]);
    }

    private static async Task<long> LeaveInterruptedSendAsync(WaselApp app, long conversationId, string body)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        var now = app.Time.GetUtcNow();
        var message = new Message { ConversationId = conversationId, Direction = MessageDirection.Outbound, Type = "text",
            Content = new JsonObject { ["messaging_product"] = "whatsapp", ["to"] = "0", ["type"] = "text", ["text"] = new JsonObject { ["body"] = body } }.ToJsonString(),
            State = DeliveryState.Queued, CreatedAt = now };
        db.Add(new OutboundDispatch { Message = message, NextAttemptAt = now, LeaseToken = Guid.NewGuid(), LeasedUntil = now.AddSeconds(-1) });
        await db.SaveChangesAsync(Ct);
        return message.Id;
    }

    private static async Task SendAsTheDeadDispatcherDidAsync(WaselApp app, string waId, long messageId, string body)
    {
        var graph = app.CreateClient();
        graph.DefaultRequestHeaders.Authorization = new("Bearer", "sandbox-access-token");
        var sent = await graph.PostAsJsonAsync("/sandbox/graph/v23.0/1550000000001/messages", new
        {
            messaging_product = "whatsapp", to = waId, type = "text", text = new { body },
            biz_opaque_callback_data = RecordMessageStatus.CallbackFor(messageId),
        }, Ct);
        sent.EnsureSuccessStatusCode();
    }
}
