using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Conversations;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

/// <summary>Two app nodes on one PostgreSQL share the send queue: every message goes out once, from one of them.</summary>
public class SeveralNodesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_nodes_on_one_database_send_each_queued_message_exactly_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var nodeA = WaselApp.StartOn(database, kestrel: true);
        await using var nodeB = WaselApp.StartOn(database, kestrel: true);
        // Each node embeds its own sandbox; the customer writes on both so both see an open window.
        var waId = "9665" + Random.Shared.Next(10_000_000, 99_999_999);
        var onA = await Customer.CreateAsync(nodeA, waId: waId);
        var onB = await Customer.CreateAsync(nodeB, waId: waId);
        await onA.SendTextAsync("hello from A");
        await onB.SendTextAsync("hello from B");
        var api = await nodeA.ClientWithScopesAsync(ApiScopes.ConversationsRead, ApiScopes.MessagesSend);
        await Eventually.TrueAsync("both greetings stored in one conversation", async () =>
        {
            await using var db = await nodeA.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            return await db.Messages.CountAsync(m => m.Conversation.Contact.WaId == waId, Ct) == 2
                && await db.Conversations.CountAsync(c => c.Contact.WaId == waId, Ct) == 1;
        });
        var conversationId = (await ConversationRoundTripTests.WaitForConversationAsync(api, waId))["id"]!.GetValue<long>();

        // Fewer than the pair-rate burst (45 to one customer), so that even if one node sends them all none is held back.
        const int count = 40;
        await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            api.PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages", new { type = "text", text = new { body = $"n{i}" } }, Ct)));

        await Eventually.TrueAsync("every message accepted by WhatsApp", async () =>
        {
            await using var db = await nodeA.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            return await db.Messages.CountAsync(m => m.ConversationId == conversationId && m.Direction == MessageDirection.Outbound && m.WaMessageId != null, Ct) == count;
        }, TimeSpan.FromSeconds(30));
        var bodies = (await onA.ReceivedAsync()).Concat(await onB.ReceivedAsync())
            .Select(m => m?["body"]?["text"]?["body"]?.GetValue<string>()).Where(b => b is not null && b.StartsWith('n')).ToList();
        Assert.Equal(count, bodies.Count);
        Assert.Equal(count, bodies.Distinct().Count());
    }
}
