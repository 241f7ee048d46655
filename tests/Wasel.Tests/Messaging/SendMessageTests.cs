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

/// <summary>
/// Sends are committed in groups (<see cref="OutboundQueue"/>): concurrent requests each get their own answer, only
/// after their message is stored, and each message is sent once.
/// </summary>
public class SendMessageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_sends_are_all_queued_and_each_is_sent_once(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartOnKestrelAsync(provider);
        var conversations = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => OpenConversation.StartAsync(app)));
        // Fewer per customer than the sandbox's pair-rate burst (45), so none is held back for a retry.
        const int perConversation = 30;

        var answers = await Task.WhenAll(conversations.SelectMany(c => Enumerable.Range(0, perConversation).Select(async i =>
        {
            var response = await c.Api.PostAsJsonAsync($"/api/v1/conversations/{c.Id}/messages", new { type = "text", text = new { body = $"c{c.Id}-{i}" } }, Ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!;
        })));

        var ids = answers.Select(a => a["id"]!.GetValue<long>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(answers, a => Assert.Equal("queued", a["state"]!.GetValue<string>()));
        await Eventually.TrueAsync("every message accepted by WhatsApp", async () =>
        {
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            return await db.Messages.CountAsync(m => ids.Contains(m.Id) && m.WaMessageId != null, Ct) == ids.Count;
        }, TimeSpan.FromSeconds(30));
        foreach (var c in conversations)
        {
            var bodies = (await c.Customer.ReceivedAsync()).Select(m => m?["body"]?["text"]?["body"]?.GetValue<string>()).Where(b => b?.StartsWith($"c{c.Id}-") == true).ToList();
            Assert.Equal(perConversation, bodies.Count);
            Assert.Equal(perConversation, bodies.Distinct().Count());
        }
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct))
        {
            var conversation = await db.Conversations.AsNoTracking().FirstAsync(c => c.Id == conversations[0].Id, Ct);
            var newest = await db.Messages.Where(m => m.ConversationId == conversation.Id).MaxAsync(m => m.CreatedAt, Ct);
            // Set for the whole batch at once: to its newest message, which may be another conversation's.
            Assert.InRange(conversation.LastMessageAt, newest, newest + TimeSpan.FromSeconds(5));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_requests_with_one_idempotency_key_make_one_message_and_the_same_answer(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartOnKestrelAsync(provider);
        var conversation = await OpenConversation.StartAsync(app);
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/conversations/{conversation.Id}/messages")
            {
                Content = JsonContent.Create(new { type = "text", text = new { body = "only once" } }),
            };
            request.Headers.Add("Idempotency-Key", key);
            var response = await conversation.Api.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!["id"]!.GetValue<long>();
        }));

        Assert.Single(answers.Distinct());
        var id = await conversation.WaitForStateAsync(answers[0], "delivered");
        Assert.NotNull(id["wa_message_id"]);
        Assert.Equal(1, await conversation.CopiesReceivedAsync("only once"));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        Assert.Equal(1, await db.Messages.CountAsync(m => m.IdempotencyKey == key, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_send_the_database_refuses_does_not_fail_the_others_in_its_batch(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartOnKestrelAsync(provider);
        var conversation = await OpenConversation.StartAsync(app);
        var queue = app.Services.GetRequiredService<OutboundQueue>();
        var key = Guid.NewGuid().ToString();
        Message Text(string body, long conversationId, string? idempotencyKey = null) => new()
        {
            ConversationId = conversationId,
            Direction = MessageDirection.Outbound,
            Type = "text",
            Content = $$$"""{"messaging_product":"whatsapp","to":"{{{conversation.Customer.WaId}}}","type":"text","text":{"body":"{{{body}}}"}}""",
            State = DeliveryState.Queued,
            AuthorId = "test",
            IdempotencyKey = idempotencyKey,
            CreatedAt = app.Time.GetUtcNow(),
        };

        // Written to the queue at once, so they are (usually) committed as one batch: one names a conversation that does not
        // exist (a foreign key the database refuses), and two carry the same Idempotency-Key.
        var good = Enumerable.Range(0, 5).Select(i => queue.EnqueueAsync(Text($"good {i}", conversation.Id))).ToList();
        var first = queue.EnqueueAsync(Text("keyed", conversation.Id, key));
        var again = queue.EnqueueAsync(Text("keyed", conversation.Id, key));
        var refused = queue.EnqueueAsync(Text("nowhere", long.MaxValue));

        await Assert.ThrowsAnyAsync<Exception>(() => refused);
        var committed = await Task.WhenAll(good);
        Assert.All(committed, q => Assert.False(q!.Duplicate));
        Assert.Equal(5, committed.Select(q => q!.Message.Id).Distinct().Count());
        var keyed = new[] { (await first)!, (await again)! };
        Assert.Single(keyed.Select(q => q.Message.Id).Distinct());
        Assert.Single(keyed, q => q.Duplicate);

        await Eventually.TrueAsync("each good message and the keyed one received once", async () =>
            await conversation.CopiesReceivedAsync("keyed") == 1
            && (await Task.WhenAll(Enumerable.Range(0, 5).Select(i => conversation.CopiesReceivedAsync($"good {i}")))).All(n => n == 1));
        Assert.Equal(0, await conversation.CopiesReceivedAsync("nowhere"));
    }
}
