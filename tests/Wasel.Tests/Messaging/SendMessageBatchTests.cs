using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

/// <summary>POST /api/v1/messages/batch: each item is checked, queued and answered on its own, in order.</summary>
public class SendMessageBatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_item_gets_its_own_answer_and_only_the_good_ones_are_sent_once(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartOnKestrelAsync(provider);
        var (a, b) = (await OpenConversation.StartAsync(app), await OpenConversation.StartAsync(app));
        var key = Guid.NewGuid().ToString();
        object Text(string body) => new { type = "text", text = new { body } };

        var response = await a.Api.PostAsJsonAsync("/api/v1/messages/batch", new
        {
            messages = new object[]
            {
                new { conversation_id = a.Id, message = Text("batch one") },
                new { conversation_id = b.Id, message = Text("batch two") },
                new { conversation_id = a.Id, message = Text(new string('x', 5000)) },
                new { conversation_id = long.MaxValue, message = Text("nowhere") },
                new { conversation_id = b.Id, message = Text("keyed"), idempotency_key = key },
                new { conversation_id = b.Id, message = Text("keyed"), idempotency_key = key },
            },
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!["results"]!.AsArray();
        Assert.Equal([202, 202, 400, 404, 202, 202], results.Select(r => r!["status"]!.GetValue<int>()));
        Assert.Equal("queued", results[0]!["message"]!["state"]!.GetValue<string>());
        Assert.Contains("text.body", results[2]!["problem"]!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Null(results[2]!["message"]);
        Assert.Contains(long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), results[3]!["problem"]!["detail"]!.GetValue<string>());
        Assert.Equal(results[4]!["message"]!["id"]!.GetValue<long>(), results[5]!["message"]!["id"]!.GetValue<long>());

        await a.WaitForStateAsync(results[0]!["message"]!["id"]!.GetValue<long>(), "delivered");
        await b.WaitForStateAsync(results[1]!["message"]!["id"]!.GetValue<long>(), "delivered");
        await b.WaitForStateAsync(results[4]!["message"]!["id"]!.GetValue<long>(), "delivered");
        Assert.Equal(1, await a.CopiesReceivedAsync("batch one"));
        Assert.Equal(1, await b.CopiesReceivedAsync("batch two"));
        Assert.Equal(1, await b.CopiesReceivedAsync("keyed"));
    }

    [Fact]
    public async Task An_empty_or_oversized_batch_is_refused_naming_the_field()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = await app.ClientWithScopesAsync(ApiScopes.MessagesSend);
        var item = new { conversation_id = 1, message = new { type = "text", text = new { body = "hi" } } };

        foreach (var messages in new[] { Array.Empty<object>(), Enumerable.Repeat<object>(item, 101).ToArray() })
        {
            var response = await api.PostAsJsonAsync("/api/v1/messages/batch", new { messages }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!;
            Assert.Contains("100", problem["errors"]!["messages"]![0]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_key_without_the_send_scope_is_refused()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        using var api = await app.ClientWithScopesAsync(ApiScopes.ConversationsRead);
        var response = await api.PostAsJsonAsync("/api/v1/messages/batch",
            new { messages = new[] { new { conversation_id = 1, message = new { type = "text", text = new { body = "hi" } } } } }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
