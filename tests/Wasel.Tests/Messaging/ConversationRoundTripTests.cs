using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

/// <summary>
/// The whole path over real HTTP: a customer writes on the sandbox, the signed webhook lands in Wasel; Wasel replies
/// through its API, the dispatcher sends through the Cloud API client, the customer receives it; statuses come back.
/// </summary>
public class ConversationRoundTripTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Customer_writes_agent_replies_statuses_return_and_the_window_closes(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartOnKestrelAsync(provider);
        var api = await app.ClientWithScopesAsync(ApiScopes.ConversationsRead, ApiScopes.MessagesSend);
        var customer = await Customer.CreateAsync(app, "سارة", "ar");

        var inboundId = await customer.SendTextAsync("مرحبا، أين طلبي؟ 📦");
        var conversation = await WaitForConversationAsync(api, customer.WaId);
        var conversationId = conversation["id"]!.GetValue<long>();
        var messages = await api.GetFromJsonAsync<JsonNode>($"/api/v1/conversations/{conversationId}/messages", Ct);
        var inbound = messages!["items"]![0]!;
        Assert.Equal(inboundId, inbound["wa_message_id"]!.GetValue<string>());
        Assert.Equal("مرحبا، أين طلبي؟ 📦", inbound["content"]!["text"]!["body"]!.GetValue<string>());
        Assert.Equal("سارة", conversation["contact"]!["name"]!.GetValue<string>());

        var reply = await api.PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages",
            new { type = "text", text = new { body = "طلبك في الطريق" } }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        var replyId = (await reply.Content.ReadFromJsonAsync<JsonNode>(Ct))!["id"]!.GetValue<long>();

        var received = await customer.WaitToReceiveAsync("the reply", m => m["body"]?["text"]?["body"]?.GetValue<string>() == "طلبك في الطريق");
        await WaitForStateAsync(api, conversationId, replyId, "delivered");
        await customer.ReadAsync();
        var read = await WaitForStateAsync(api, conversationId, replyId, "read");
        Assert.Equal(received["id"]!.GetValue<string>(), read["wa_message_id"]!.GetValue<string>());

        app.Time.Advance(TimeSpan.FromHours(25));
        var late = await api.PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages", new { type = "text", text = new { body = "Are you there?" } }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        var problem = (await late.Content.ReadFromJsonAsync<JsonNode>(Ct))!;
        Assert.Equal("outside_window", problem["code"]!.GetValue<string>());
        Assert.Contains("template", problem["detail"]!.GetValue<string>());
    }

    internal static Task<JsonNode> WaitForConversationAsync(HttpClient api, string waId) =>
        Eventually.GetAsync($"a conversation with {waId} in Wasel", async () =>
            (await api.GetFromJsonAsync<JsonNode>($"/api/v1/conversations?contact={waId}", Ct))!["items"]!.AsArray().FirstOrDefault());

    internal static Task<JsonNode> WaitForStateAsync(HttpClient api, long conversationId, long messageId, string state) =>
        Eventually.GetAsync($"message {messageId} to be {state}", async () =>
            (await api.GetFromJsonAsync<JsonNode>($"/api/v1/conversations/{conversationId}/messages", Ct))!["items"]!.AsArray()
                .FirstOrDefault(m => m!["id"]!.GetValue<long>() == messageId && m["state"]!.GetValue<string>() == state));
}
