using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Conversations;
using Wasel.Inbox;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;
using Wasel.Tests.Messaging;

namespace Wasel.Tests.Inbox.Live;

/// <summary>The pipeline publishes after it commits: what a screen needs to know arrives as a change.</summary>
public class PipelineChangesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_customer_message_through_the_webhook_pipeline_publishes_a_message_change_for_its_conversation(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartOnKestrelAsync(provider);
        using var admin = new ChangeLog(app.Services.GetRequiredService<InboxNotifier>(), ChangeLog.Admin());
        var api = await app.ClientWithScopesAsync(ApiScopes.ConversationsRead);
        var customer = await Customer.CreateAsync(app);

        var wamid = await customer.SendTextAsync("Hello, is my order on its way?");

        var conversationId = (await ConversationRoundTripTests.WaitForConversationAsync(api, customer.WaId))["id"]!.GetValue<long>();
        var change = await admin.WaitForAsync("a message change", c => c.Kind == InboxChangeKind.Message && c.ConversationId == conversationId);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        var stored = await db.Messages.SingleAsync(m => m.WaMessageId == wamid, Ct);
        Assert.Equal(stored.Id, change.MessageId);
        Assert.Null(change.TeamId);
    }

    [Fact]
    public async Task A_queued_send_publishes_a_message_change_and_the_dispatchers_outcome_a_status_change()
    {
        // Webhooks are stored but not applied here, so every status change comes from the dispatcher's own record.
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite, new() { ["Messaging:ProcessWebhooks"] = "false" });
        var conversation = await LiveData.ConversationAsync(app, withTeam: true);
        var teamAgent = ChangeLog.Agent(teams: conversation.TeamId!.Value);
        using var agent = new ChangeLog(app.Services.GetRequiredService<InboxNotifier>(), teamAgent);
        using var otherTeam = new ChangeLog(app.Services.GetRequiredService<InboxNotifier>(), ChangeLog.Agent(teams: conversation.TeamId.Value + 1000));
        var api = await app.ClientWithScopesAsync(ApiScopes.MessagesSend);

        var reply = await api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { type = "text", text = new { body = "On its way" } }, Ct);
        reply.EnsureSuccessStatusCode();
        var replyId = (await reply.Content.ReadFromJsonAsync<JsonNode>(Ct))!["id"]!.GetValue<long>();

        var queued = await agent.WaitForAsync("the queued message", c => c.Kind == InboxChangeKind.Message && c.MessageId == replyId);
        Assert.Equal((conversation.Id, conversation.TeamId), (queued.ConversationId, queued.TeamId));
        await agent.WaitForAsync("the dispatcher's status", c => c.Kind == InboxChangeKind.Status && c.ConversationId == conversation.Id && c.MessageId == replyId);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        Assert.Equal(DeliveryState.Accepted, (await db.Messages.SingleAsync(m => m.Id == replyId, Ct)).State);
        Assert.DoesNotContain(otherTeam.Received, c => c.ConversationId == conversation.Id);
    }
}
