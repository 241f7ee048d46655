using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wasel.Inbox;
using Wasel.Inbox.Live;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;
using Wasel.Tests.Messaging;

namespace Wasel.Tests.Inbox.Live;

/// <summary>Two app instances on one PostgreSQL database: what happens on one reaches the screens served by the other.</summary>
public class SeveralNodesLiveTests
{
    [Fact]
    public async Task A_change_published_on_one_node_reaches_a_subscriber_on_the_other_through_the_access_rule()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var nodeA = WaselApp.StartOn(database);
        await using var nodeB = WaselApp.StartOn(database);
        await nodeB.Services.GetRequiredService<PostgresInboxListener>().Listening.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        using var admin = new ChangeLog(nodeB.Services.GetRequiredService<InboxNotifier>(), ChangeLog.Admin());
        using var otherTeam = new ChangeLog(nodeB.Services.GetRequiredService<InboxNotifier>(), ChangeLog.Agent(teams: 999));
        var assignee = ChangeLog.Agent(teams: 999);
        using var assigned = new ChangeLog(nodeB.Services.GetRequiredService<InboxNotifier>(), assignee);

        nodeA.Services.GetRequiredService<InboxNotifier>().Publish(new InboxChange(InboxChangeKind.Status, 41, 5, assignee.Id, 410));
        nodeA.Services.GetRequiredService<InboxNotifier>().Publish(new InboxChange(InboxChangeKind.Conversation, 42, null, null));

        var received = await admin.WaitForAsync("node A's change", c => c.ConversationId == 41);
        Assert.Equal(new InboxChange(InboxChangeKind.Status, 41, 5, assignee.Id, 410), received);
        await assigned.WaitForAsync("the change to the conversation assigned to them", c => c.ConversationId == 41);
        await otherTeam.WaitForAsync("the general queue's change", c => c.ConversationId == 42);
        Assert.DoesNotContain(otherTeam.Received, c => c.ConversationId == 41);
    }

    [Fact]
    public async Task A_customer_message_processed_on_one_node_and_presence_on_it_reach_the_screens_of_the_other()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var nodeA = WaselApp.StartOn(database, kestrel: true);
        // Node B takes no webhooks of its own: whatever it learns comes from node A.
        await using var nodeB = WaselApp.StartOn(database, new() { ["Messaging:ProcessWebhooks"] = "false", ["Messaging:DispatchMessages"] = "false" });
        await nodeB.Services.GetRequiredService<PostgresInboxListener>().Listening.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        using var onB = new ChangeLog(nodeB.Services.GetRequiredService<InboxNotifier>(), ChangeLog.Admin());

        var customer = await Customer.CreateAsync(nodeA);
        await customer.SendTextAsync("Hello from node A's sandbox");
        var message = await onB.WaitForAsync("the customer's message", c => c.Kind == InboxChangeKind.Message);

        var layla = ChangeLog.Agent("layla", "Layla");
        nodeA.Services.GetRequiredService<Presence>().Typing(layla, message.ConversationId, "tab");
        await onB.WaitForAsync("Layla's presence", c => c.Kind == InboxChangeKind.Presence && c.ActorId == "layla");
        Assert.Equal([new PresentAgent("layla", "Layla", PresenceActivity.Typing)], nodeB.Services.GetRequiredService<Presence>().Others(message.ConversationId, "someone"));
        nodeA.Services.GetRequiredService<Presence>().Left(layla, message.ConversationId, "tab");
        await Eventually.TrueAsync("Layla gone on node B", () => Task.FromResult(nodeB.Services.GetRequiredService<Presence>().Others(message.ConversationId, "someone").Count == 0));
    }

    [Fact]
    public async Task A_listener_whose_connection_is_killed_listens_again_and_changes_flow_once_more()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var nodeA = WaselApp.StartOn(database);
        await using var nodeB = WaselApp.StartOn(database);
        await nodeB.Services.GetRequiredService<PostgresInboxListener>().Listening.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        using var onB = new ChangeLog(nodeB.Services.GetRequiredService<InboxNotifier>(), ChangeLog.Admin());

        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'wasel-live'", admin);
            Assert.True((long)(await kill.ExecuteScalarAsync(TestContext.Current.CancellationToken))! >= 2, "both nodes' listeners were connected");
        }

        // Changes sent while B is reconnecting are lost (NOTIFY is not replayed), so A keeps publishing until one arrives.
        var notifierA = nodeA.Services.GetRequiredService<InboxNotifier>();
        await Eventually.TrueAsync("a change from A on B after the reconnect", () =>
        {
            notifierA.Publish(new InboxChange(InboxChangeKind.Conversation, 77, null, null));
            return Task.FromResult(onB.Received.Any(c => c.ConversationId == 77));
        }, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_listener_back_after_a_lost_connection_tells_every_screen_on_its_node_to_reload_what_it_shows()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var node = WaselApp.StartOn(database);
        await node.Services.GetRequiredService<PostgresInboxListener>().Listening.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        var notifier = node.Services.GetRequiredService<InboxNotifier>();
        using var admin = new ChangeLog(notifier, ChangeLog.Admin());
        using var teamAgent = new ChangeLog(notifier, ChangeLog.Agent(teams: 999));
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(admin.Received, c => c.Kind == InboxChangeKind.Resync); // nothing was missed yet

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'wasel-live'", connection);
            Assert.True((long)(await kill.ExecuteScalarAsync(TestContext.Current.CancellationToken))! >= 1, "the listener was connected");
        }

        // Whatever the other nodes published meanwhile is gone, so every screen reloads, whichever conversations it shows.
        await admin.WaitForAsync("the resync", c => c.Kind == InboxChangeKind.Resync, TimeSpan.FromSeconds(20));
        await teamAgent.WaitForAsync("the resync", c => c.Kind == InboxChangeKind.Resync, TimeSpan.FromSeconds(20));
        Assert.Single(admin.Received, c => c.Kind == InboxChangeKind.Resync);
    }
}
