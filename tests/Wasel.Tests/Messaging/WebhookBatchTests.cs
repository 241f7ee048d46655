using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Conversations;
using Wasel.Messaging;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

/// <summary>Webhooks claimed together are applied together, with the same outcome as one at a time.</summary>
public class WebhookBatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The worker is off so that every webhook posted waits, and one explicit round claims them all at once.
    private static Task<WaselApp> StartHeldAsync(DatabaseProvider provider) =>
        WaselApp.StartAsync(provider, new() { ["Messaging:ProcessWebhooks"] = "false" });

    private static async Task PostAsync(WaselApp app, params string[] bodies)
    {
        var http = app.CreateClient();
        foreach (var body in bodies) Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(SignedWebhooks.Post(body), Ct)).StatusCode);
    }

    private static Task<int> ProcessRoundAsync(WaselApp app) => app.Services.GetRequiredService<WebhookProcessor>().ProcessBatchAsync(Ct);

    private static async Task<WaselDb> DbAsync(WaselApp app) =>
        await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);

    private static string StatusWithCallback(string wamid, string status, long timestamp, string callback) => SignedWebhooks.Envelope(new JsonObject
    {
        ["statuses"] = new JsonArray(new JsonObject
        {
            ["id"] = wamid, ["status"] = status, ["timestamp"] = timestamp.ToString(), ["recipient_id"] = "966501200002", ["biz_opaque_callback_data"] = callback,
        }),
    });

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_customers_webhooks_in_one_batch_make_one_contact_one_conversation_and_each_message_once(DatabaseProvider provider)
    {
        await using var app = await StartHeldAsync(provider);
        const string waId = "966501200001";
        await PostAsync(app,
            SignedWebhooks.InboundText(waId, "wamid.BATCH1", "first"),
            SignedWebhooks.InboundText(waId, "wamid.BATCH2", "second"),
            SignedWebhooks.InboundText(waId, "wamid.BATCH1", "first"),
            SignedWebhooks.Batch([(waId, "wamid.BATCH3", "third"), (waId, "wamid.BATCH2", "second")]));

        Assert.Equal(4, await ProcessRoundAsync(app));

        await using var db = await DbAsync(app);
        Assert.Equal(1, await db.Contacts.CountAsync(c => c.WaId == waId, Ct));
        Assert.Equal(1, await db.Conversations.CountAsync(c => c.Contact.WaId == waId, Ct));
        var wamids = await db.Messages.Where(m => m.Conversation.Contact.WaId == waId).OrderBy(m => m.Id).Select(m => m.WaMessageId).ToListAsync(Ct);
        Assert.Equal(["wamid.BATCH1", "wamid.BATCH2", "wamid.BATCH3"], wamids);
        Assert.Equal(0, await db.InboundWebhooks.CountAsync(w => w.ProcessedAt == null, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Several_statuses_for_one_message_in_one_batch_only_move_it_forward_and_unknown_ones_wait(DatabaseProvider provider)
    {
        await using var app = await StartHeldAsync(provider);
        const string waId = "966501200002";
        await PostAsync(app, SignedWebhooks.InboundText(waId, "wamid.BATCHIN", "hello"));
        await ProcessRoundAsync(app);
        long awaiting, accepted;
        await using (var db = await DbAsync(app))
        {
            var conversation = await db.Conversations.SingleAsync(c => c.Contact.WaId == waId, Ct);
            Message Outbound(string? wamid, DeliveryState state) => new()
            {
                ConversationId = conversation.Id, Direction = MessageDirection.Outbound, Type = "text", Content = "{}",
                WaMessageId = wamid, State = state, CreatedAt = app.Time.GetUtcNow(),
            };
            var first = Outbound(null, DeliveryState.Unknown); // its send timed out: only the callback data names it
            var second = Outbound("wamid.BATCHOUT2", DeliveryState.Accepted);
            db.Messages.AddRange(first, second);
            await db.SaveChangesAsync(Ct);
            (awaiting, accepted) = (first.Id, second.Id);
        }

        var callback = RecordMessageStatus.CallbackFor(awaiting);
        await PostAsync(app,
            StatusWithCallback("wamid.BATCHOUT1", "sent", 1_767_225_610, callback),
            StatusWithCallback("wamid.BATCHOUT1", "read", 1_767_225_630, callback),
            StatusWithCallback("wamid.BATCHOUT1", "delivered", 1_767_225_620, callback),
            SignedWebhooks.Status("wamid.BATCHOUT2", "read", waId, 1_767_225_630),
            SignedWebhooks.Status("wamid.BATCHOUT2", "delivered", waId, 1_767_225_620),
            SignedWebhooks.Status("wamid.BATCHOUT2", "sent", waId, 1_767_225_610),
            SignedWebhooks.Status("wamid.BATCHNOTYET", "delivered", waId, 1_767_225_620));

        Assert.Equal(7, await ProcessRoundAsync(app));

        await using var check = await DbAsync(app);
        foreach (var (id, wamid) in new[] { (awaiting, "wamid.BATCHOUT1"), (accepted, "wamid.BATCHOUT2") })
        {
            var message = await check.Messages.SingleAsync(m => m.Id == id, Ct);
            Assert.Equal(wamid, message.WaMessageId);
            Assert.Equal(DeliveryState.Read, message.State);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_767_225_610), message.SentAt);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_767_225_620), message.DeliveredAt);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_767_225_630), message.ReadAt);
        }
        Assert.Equal(1, await check.EarlyStatuses.CountAsync(s => s.WaMessageId == "wamid.BATCHNOTYET", Ct));
        Assert.Equal(0, await check.InboundWebhooks.CountAsync(w => w.ProcessedAt == null, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_webhook_the_database_refuses_does_not_hold_back_the_rest_of_its_batch(DatabaseProvider provider)
    {
        await using var app = await StartHeldAsync(provider);
        var tooLong = new string('9', 40); // longer than a WhatsApp id column allows, which PostgreSQL enforces
        await PostAsync(app,
            SignedWebhooks.InboundText("966501200003", "wamid.BATCHOK1", "fine"),
            SignedWebhooks.InboundText(tooLong, "wamid.BATCHBAD", "refused"),
            SignedWebhooks.InboundText("966501200004", "wamid.BATCHOK2", "fine too"));

        Assert.Equal(3, await ProcessRoundAsync(app));

        await using var db = await DbAsync(app);
        var stored = await db.Messages.CountAsync(m => m.WaMessageId == "wamid.BATCHOK1" || m.WaMessageId == "wamid.BATCHOK2", Ct);
        var errors = await db.InboundWebhooks.Where(w => w.ProcessedAt == null).Select(w => w.LastError).ToListAsync(Ct);
        Assert.True(stored == 2, $"Both good messages should be stored; {stored} were. Unprocessed webhooks' errors: {string.Join(" | ", errors)}");
        if (provider != DatabaseProvider.Postgres) return; // SQLite does not enforce column lengths
        var refused = await db.InboundWebhooks.Where(w => w.ProcessedAt == null).ToListAsync(Ct);
        Assert.NotNull(Assert.Single(refused).LastError);
        Assert.Equal(0, await db.Messages.CountAsync(m => m.WaMessageId == "wamid.BATCHBAD", Ct));
    }
}
