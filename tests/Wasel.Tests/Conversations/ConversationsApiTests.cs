using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Conversations;

public class ConversationsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-01T08:00:00Z");

    private static async Task<long[]> SeedAsync(WaselApp app, string waId, int conversations, int messagesEach)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        var contact = new Contact { WaId = waId, PhoneE164 = "+" + waId, Name = "Test " + waId, CreatedAt = Start, UpdatedAt = Start };
        var ids = new List<long>();
        for (var i = 0; i < conversations; i++)
        {
            var at = Start.AddMinutes(i);
            var conversation = new Conversation { Contact = contact, Status = i == conversations - 1 ? ConversationStatus.Open : ConversationStatus.Resolved, CreatedAt = at, UpdatedAt = at, LastMessageAt = at };
            db.Add(conversation);
            for (var m = 0; m < messagesEach; m++)
                db.Add(new Message { Conversation = conversation, Type = "text", Content = $$"""{"body":"message {{m}}"}""", CreatedAt = at.AddSeconds(m), State = DeliveryState.Received });
            await db.SaveChangesAsync(Ct);
            ids.Add(conversation.Id);
        }
        return [.. ids];
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lists_by_contact_and_status_latest_first_across_pages(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var ids = await SeedAsync(app, "966502220001", conversations: 5, messagesEach: 1);
        await SeedAsync(app, "966502220002", conversations: 2, messagesEach: 1);
        var client = await app.ClientWithScopesAsync(ApiScopes.ConversationsRead);

        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/conversations?contact=966502220001&limit=2", Ct);
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conversations?contact=966502220001&limit=2&cursor={Uri.EscapeDataString(first.GetProperty("next_cursor").GetString()!)}", Ct);
        var open = await client.GetFromJsonAsync<JsonElement>("/api/v1/conversations?contact=966502220001&status=open", Ct);
        var resolved = await client.GetFromJsonAsync<JsonElement>("/api/v1/conversations?contact=966502220001&status=Resolved", Ct);

        long[] Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToArray();
        Assert.Equal([ids[4], ids[3]], Ids(first));
        Assert.Equal([ids[2], ids[1]], Ids(second));
        Assert.Equal([ids[4]], Ids(open));
        Assert.Equal([ids[3], ids[2], ids[1], ids[0]], Ids(resolved));
    }

    [Fact]
    public async Task Messages_page_newest_first()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var ids = await SeedAsync(app, "966502220003", conversations: 1, messagesEach: 3);
        var client = await app.ClientWithScopesAsync(ApiScopes.ConversationsRead);

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{ids[0]}/messages?limit=2", Ct);
        var bodies = page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("content").GetProperty("body").GetString()).ToArray();
        Assert.Equal(["message 2", "message 1"], bodies);
        var rest = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{ids[0]}/messages?before={page.GetProperty("next_before").GetInt64()}", Ct);
        Assert.Equal("message 0", rest.GetProperty("items")[0].GetProperty("content").GetProperty("body").GetString());
    }

    [Fact]
    public async Task Unknown_conversation_and_bad_cursor_are_explained()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.ClientWithScopesAsync(ApiScopes.ConversationsRead);

        var missing = await client.GetAsync("/api/v1/conversations/999999/messages", Ct);
        var badCursor = await client.GetAsync("/api/v1/conversations?cursor=nonsense", Ct);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Contains("next_cursor", await badCursor.Content.ReadAsStringAsync(Ct));
    }
}
