using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Conversations;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

/// <summary>Duplicate, concurrent, out-of-order, batched, unsigned, malformed and oversized webhooks.</summary>
public class WebhookIntakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<Message>> MessagesFromAsync(WaselApp app, string waId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        return await db.Messages.Where(m => m.Conversation.Contact.WaId == waId).OrderBy(m => m.Id).ToListAsync(Ct);
    }

    private static async Task<int> StoredWebhooksAsync(WaselApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        return await db.InboundWebhooks.CountAsync(Ct);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_webhook_ten_times_and_ten_at_once_stores_one_message(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var http = app.CreateClient();
        var body = SignedWebhooks.InboundText("966501000001", "wamid.DUPLICATE1", "once please");

        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(SignedWebhooks.Post(body), Ct)).StatusCode);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => http.SendAsync(SignedWebhooks.Post(body), Ct)));
        Assert.All(concurrent, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        await Eventually.TrueAsync("the webhooks to be processed", async () =>
        {
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            return await db.InboundWebhooks.CountAsync(w => w.ProcessedAt == null, Ct) == 0;
        });
        var messages = await MessagesFromAsync(app, "966501000001");
        Assert.Single(messages);
        Assert.Equal("wamid.DUPLICATE1", messages[0].WaMessageId);
    }

    [Fact]
    public async Task A_batched_payload_stores_every_message()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var body = SignedWebhooks.Batch([("966501000002", "wamid.B1", "one"), ("966501000002", "wamid.B2", "two"), ("966501000003", "wamid.B3", "three")]);

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().SendAsync(SignedWebhooks.Post(body), Ct)).StatusCode);

        await Eventually.TrueAsync("three messages", async () =>
            (await MessagesFromAsync(app, "966501000002")).Count == 2 && (await MessagesFromAsync(app, "966501000003")).Count == 1);
    }

    [Fact]
    public async Task A_bad_or_missing_signature_is_refused_and_nothing_is_stored()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var http = app.CreateClient();
        var body = SignedWebhooks.InboundText("966501000004", "wamid.FORGED", "forged");

        var wrongSecret = await http.SendAsync(SignedWebhooks.Post(body, "not-the-secret"), Ct);
        var unsigned = await http.SendAsync(SignedWebhooks.Post(body, secret: null), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Contains("signature", await wrongSecret.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await StoredWebhooksAsync(app));
    }

    [Fact]
    public async Task Malformed_and_oversized_bodies_get_clear_errors_and_the_app_keeps_working()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var http = app.CreateClient();

        var malformed = await http.SendAsync(SignedWebhooks.Post("{not json"), Ct);
        var oversized = await http.SendAsync(SignedWebhooks.Post("{\"x\":\"" + new string('a', 4 * 1024 * 1024) + "\"}"), Ct);
        var fine = await http.SendAsync(SignedWebhooks.Post(SignedWebhooks.InboundText("966501000005", "wamid.AFTER", "still here")), Ct);

        // A signed body is Meta's: it is kept (answered 200 so Meta does not retry it forever) and its error recorded.
        Assert.Equal(HttpStatusCode.OK, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        await Eventually.TrueAsync("the good message", async () => (await MessagesFromAsync(app, "966501000005")).Count == 1);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        var bad = await db.InboundWebhooks.SingleAsync(w => w.Payload == "{not json", Ct);
        Assert.Contains("Unreadable", bad.LastError);
    }

    [Fact]
    public async Task Statuses_only_move_forward_whatever_order_they_arrive_in()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var http = app.CreateClient();
        await http.SendAsync(SignedWebhooks.Post(SignedWebhooks.InboundText("966501000006", "wamid.IN6", "hi")), Ct);
        await Eventually.TrueAsync("the conversation", async () => (await MessagesFromAsync(app, "966501000006")).Count == 1);
        long conversationId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct))
        {
            conversationId = (await db.Messages.SingleAsync(m => m.WaMessageId == "wamid.IN6", Ct)).ConversationId;
            db.Messages.Add(new Message { ConversationId = conversationId, Direction = MessageDirection.Outbound, Type = "text", Content = "{}",
                WaMessageId = "wamid.OUT6", State = DeliveryState.Accepted, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(Ct);
        }

        foreach (var (status, at) in new[] { ("read", 1_767_225_630L), ("delivered", 1_767_225_620L), ("sent", 1_767_225_610L), ("delivered", 1_767_225_620L) })
            await http.SendAsync(SignedWebhooks.Post(SignedWebhooks.Status("wamid.OUT6", status, "966501000006", at)), Ct);

        await Eventually.TrueAsync("all statuses processed", async () =>
        {
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            return await db.InboundWebhooks.CountAsync(w => w.ProcessedAt == null, Ct) == 0;
        });
        var message = (await MessagesFromAsync(app, "966501000006")).Single(m => m.WaMessageId == "wamid.OUT6");
        Assert.Equal(DeliveryState.Read, message.State);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_767_225_610), message.SentAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_767_225_620), message.DeliveredAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_767_225_630), message.ReadAt);
    }

    [Fact]
    public async Task The_verification_handshake_echoes_the_challenge_only_for_the_right_token()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite, new() { ["WhatsApp:VerifyToken"] = "let-me-in" });
        var http = app.CreateClient();

        var ok = await http.GetAsync("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=let-me-in&hub.challenge=1158201444", Ct);
        var wrong = await http.GetAsync("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444", Ct);

        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }
}
