using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Conversations;
using Wasel.Inbox;
using Wasel.Integrations.ApiKeys;
using Wasel.Messaging;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;
using Wasel.Tests.Messaging;
using WebhookParser = Wasel.WhatsApp.Webhooks.WebhookParser;

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

    [Fact]
    public async Task A_send_WhatsApp_refuses_for_good_publishes_a_status_change_for_the_failed_message()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite, new() { ["Messaging:ProcessWebhooks"] = "false" });
        var conversation = await LiveData.ConversationAsync(app);
        using var admin = new ChangeLog(app.Services.GetRequiredService<InboxNotifier>(), ChangeLog.Admin());
        (await app.CreateClient().PostAsJsonAsync("/sandbox/api/faults", new { count = 1, status = 400, code = 131031, path = "messages" }, Ct)).EnsureSuccessStatusCode();
        var id = await SendAsync(app, conversation.Id, "locked");

        await admin.WaitForAsync("the failure's status change", c => c.Kind == InboxChangeKind.Status && c.MessageId == id);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        Assert.Equal(DeliveryState.Failed, (await db.Messages.SingleAsync(m => m.Id == id, Ct)).State);
    }

    [Fact]
    public async Task Events_applied_one_at_a_time_publish_as_the_batch_does()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite, new() { ["Messaging:ProcessWebhooks"] = "false" });
        var conversation = await LiveData.ConversationAsync(app, withTeam: true);
        var id = await SendAsync(app, conversation.Id, "Your parcel is here");
        var wamid = await Eventually.GetAsync("the wamid", async () =>
        {
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            return (await db.Messages.SingleAsync(m => m.Id == id, Ct)).WaMessageId;
        });
        using var team = new ChangeLog(app.Services.GetRequiredService<InboxNotifier>(), ChangeLog.Agent(teams: conversation.TeamId!.Value));

        await ApplyAsync(app, SignedWebhooks.Status(wamid, "read", conversation.Contact.WaId, app.Time.GetUtcNow().ToUnixTimeSeconds()));
        await ApplyAsync(app, SignedWebhooks.InboundText(conversation.Contact.WaId, "wamid.one-" + Guid.NewGuid().ToString("N"), "Thank you!"));

        var status = await team.WaitForAsync("the read tick", c => c.Kind == InboxChangeKind.Status && c.MessageId == id);
        Assert.Equal(conversation.TeamId, status.TeamId);
        await team.WaitForAsync("the customer's thanks", c => c.Kind == InboxChangeKind.Message && c.ConversationId == conversation.Id && c.MessageId != id);
    }

    private static async Task<long> SendAsync(WaselApp app, long conversationId, string body)
    {
        var api = await app.ClientWithScopesAsync(ApiScopes.MessagesSend);
        var reply = await api.PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages", new { type = "text", text = new { body } }, Ct);
        reply.EnsureSuccessStatusCode();
        return (await reply.Content.ReadFromJsonAsync<JsonNode>(Ct))!["id"]!.GetValue<long>();
    }

    private static async Task ApplyAsync(WaselApp app, string webhook)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var apply = scope.ServiceProvider.GetRequiredService<ApplyWebhookEvents>();
        foreach (var change in WebhookParser.Parse(webhook).Events) await apply.HandleAsync(change, Ct);
    }
}
