using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Conversations;
using Wasel.Inbox;
using Wasel.Inbox.Chat;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox;

public class ConversationActionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static T Use<T>(WaselApp app) where T : notnull => app.Services.GetRequiredService<T>();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Assign_snooze_resolve_and_reopen_record_events_and_tell_the_inbox(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var team = await InboxPeople.TeamAsync(app.Services);
        var agent = await InboxPeople.AgentAsync(app.Services, Roles.Agent, teams: team);
        var conversation = await InboxData.ConversationAsync(app.Services, teamId: team);
        var heard = new ConcurrentQueue<InboxChange>();
        using var _ = Use<InboxNotifier>(app).Subscribe(agent, c => { heard.Enqueue(c); return Task.CompletedTask; });

        var assigned = await Use<AssignConversation>(app).HandleAsync(agent, new(conversation.Id, agent.Id, team), Ct);
        Assert.True(assigned.Succeeded);
        var past = await Use<SetConversationStatus>(app).HandleAsync(agent, new(conversation.Id, ConversationStatus.Snoozed, app.Time.GetUtcNow().AddHours(-1)), Ct);
        Assert.Contains("snooze_until", past.Errors!.Keys);
        var until = app.Time.GetUtcNow().AddHours(3);
        Assert.True((await Use<SetConversationStatus>(app).HandleAsync(agent, new(conversation.Id, ConversationStatus.Snoozed, until), Ct)).Succeeded);
        Assert.Equal(until, (await InboxData.ReloadAsync(app.Services, conversation.Id)).SnoozedUntil!.Value, TimeSpan.FromMilliseconds(1));
        Assert.True((await Use<SetConversationStatus>(app).HandleAsync(agent, new(conversation.Id, ConversationStatus.Resolved), Ct)).Succeeded);
        var resolved = await InboxData.ReloadAsync(app.Services, conversation.Id);
        Assert.Equal(ConversationStatus.Resolved, resolved.Status);
        Assert.NotNull(resolved.ResolvedAt);
        Assert.Null(resolved.SnoozedUntil);
        Assert.True((await Use<SetConversationStatus>(app).HandleAsync(agent, new(conversation.Id, ConversationStatus.Open), Ct)).Succeeded);

        var after = await InboxData.ReloadAsync(app.Services, conversation.Id);
        Assert.Equal((ConversationStatus.Open, agent.Id), (after.Status, after.AssigneeId));
        var events = await InboxData.EventsAsync(app.Services, conversation.Id);
        Assert.Equal(["assigned", "snoozed", "resolved", "reopened"], events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal(agent.Id, e.ActorId));
        // The notifier sends the first change at once and merges the next ones for this conversation into one more.
        await Eventually.TrueAsync("the first change and the merged later ones heard", () =>
            Task.FromResult(heard.Count(c => c.Kind == InboxChangeKind.Conversation && c.ConversationId == conversation.Id) >= 2));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Labels_go_on_once_and_come_off_and_notes_keep_their_mentions(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var agent = await InboxPeople.AgentAsync(app.Services, Roles.Agent);
        var colleague = await InboxPeople.AgentAsync(app.Services, Roles.Agent, name: "Colleague");
        var conversation = await InboxData.ConversationAsync(app.Services);
        long labelId;
        await using (var db = await Use<IDbContextFactory<WaselDb>>(app).CreateDbContextAsync(Ct))
        {
            var label = new Label { Name = "VIP-" + Guid.NewGuid().ToString("N")[..6] };
            db.Labels.Add(label);
            await db.SaveChangesAsync(Ct);
            labelId = label.Id;
        }

        var label1 = Use<LabelConversation>(app);
        Assert.True((await label1.HandleAsync(agent, new(conversation.Id, labelId, Add: true), Ct)).Succeeded);
        Assert.True((await label1.HandleAsync(agent, new(conversation.Id, labelId, Add: true), Ct)).Succeeded);
        var view = await Use<ReadConversation>(app).HandleAsync(agent, conversation.Id, cancellationToken: Ct);
        Assert.Single(view!.Labels);
        Assert.True((await label1.HandleAsync(agent, new(conversation.Id, labelId, Add: false), Ct)).Succeeded);
        Assert.Empty((await Use<ReadConversation>(app).HandleAsync(agent, conversation.Id, cancellationToken: Ct))!.Labels);
        Assert.Contains("label", (await label1.HandleAsync(agent, new(conversation.Id, 999_999, true), Ct)).Errors!.Keys);

        var note = await Use<AddNote>(app).HandleAsync(agent, new(conversation.Id, "Call back after 5 @Colleague", [colleague.Id, "nobody"]), Ct);
        Assert.Contains(colleague.Id, note.Value!.Data);
        Assert.DoesNotContain("nobody", note.Value.Data);
        Assert.Contains("text", (await Use<AddNote>(app).HandleAsync(agent, new(conversation.Id, "  "), Ct)).Errors!.Keys);

        var kinds = (await InboxData.EventsAsync(app.Services, conversation.Id)).Select(e => e.Kind);
        Assert.Equal(["label_added", "label_removed", "note"], kinds);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_agent_of_another_team_can_neither_read_nor_act(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var ours = await InboxPeople.TeamAsync(app.Services);
        var theirs = await InboxPeople.TeamAsync(app.Services);
        var outsider = await InboxPeople.AgentAsync(app.Services, Roles.Agent, teams: theirs);
        var supervisor = await InboxPeople.AgentAsync(app.Services, Roles.Supervisor, teams: theirs);
        var conversation = await InboxData.ConversationAsync(app.Services, teamId: ours, text: "private");
        var heard = 0;
        using var _ = Use<InboxNotifier>(app).Subscribe(outsider, _ => { Interlocked.Increment(ref heard); return Task.CompletedTask; });

        foreach (var staff in new[] { outsider, supervisor })
        {
            Assert.Null(await Use<ReadConversation>(app).HandleAsync(staff, conversation.Id, cancellationToken: Ct));
            Assert.Equal(404, (await Use<AssignConversation>(app).HandleAsync(staff, new(conversation.Id, staff.Id, theirs), Ct)).Problem?.Status);
            Assert.Equal(404, (await Use<SetConversationStatus>(app).HandleAsync(staff, new(conversation.Id, ConversationStatus.Resolved), Ct)).Problem?.Status);
            Assert.Equal(404, (await Use<AddNote>(app).HandleAsync(staff, new(conversation.Id, "sneaky"), Ct)).Problem?.Status);
            Assert.Equal(404, (await Use<LabelConversation>(app).HandleAsync(staff, new(conversation.Id, 1, true), Ct)).Problem?.Status);
            Assert.False(await Use<MarkConversationRead>(app).HandleAsync(staff, conversation.Id, Ct));
            var sent = await Use<Wasel.Inbox.Compose.InboxSender>(app).SendAsync(staff, conversation.Id, Wasel.Inbox.Compose.OutgoingJson.Text("hi", null), Ct);
            Assert.False(sent.Succeeded);
        }
        var unchanged = await InboxData.ReloadAsync(app.Services, conversation.Id);
        Assert.Equal((ConversationStatus.Open, (string?)null, 1), (unchanged.Status, unchanged.AssigneeId, unchanged.UnreadCount));
        Assert.Empty(await InboxData.EventsAsync(app.Services, conversation.Id));

        // A change inside the other team does not reach the outsider's screen either.
        var member = await InboxPeople.AgentAsync(app.Services, Roles.Agent, teams: ours);
        Assert.True((await Use<AssignConversation>(app).HandleAsync(member, new(conversation.Id, member.Id, ours), Ct)).Succeeded);
        await Task.Delay(100, Ct);
        Assert.Equal(0, heard);
    }

    [Fact]
    public async Task Replies_are_sent_as_the_agent_and_the_window_rule_is_explained()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await InboxPeople.AgentAsync(app.Services, Roles.Agent);
        var conversation = await InboxData.ConversationAsync(app.Services, at: app.Time.GetUtcNow().AddHours(-1));
        var sender = Use<Wasel.Inbox.Compose.InboxSender>(app);

        var sent = await sender.SendAsync(agent, conversation.Id, Wasel.Inbox.Compose.OutgoingJson.Buttons("Which size?", ["Small", "Large"], null), Ct);
        Assert.True(sent.Succeeded, sent.Error);
        Assert.Equal((agent.Id, "interactive"), (sent.Value!.AuthorId, sent.Value.Type));

        var tooLong = await sender.SendAsync(agent, conversation.Id, Wasel.Inbox.Compose.OutgoingJson.Buttons("Pick", ["A title far longer than twenty"], null), Ct);
        Assert.False(tooLong.Succeeded);

        app.Time.Advance(TimeSpan.FromHours(24));
        var late = await sender.SendAsync(agent, conversation.Id, Wasel.Inbox.Compose.OutgoingJson.Text("Still there?", null), Ct);
        Assert.Contains("24-hour", late.Error);
    }

    [Fact]
    public async Task A_snoozed_conversation_wakes_when_its_time_comes()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await InboxPeople.AgentAsync(app.Services, Roles.Agent);
        var conversation = await InboxData.ConversationAsync(app.Services);
        await Use<SetConversationStatus>(app).HandleAsync(agent, new(conversation.Id, ConversationStatus.Snoozed, app.Time.GetUtcNow().AddHours(2)), Ct);
        var waker = Use<SnoozeWaker>(app);
        await waker.WakeDueAsync(Ct);
        Assert.Equal(ConversationStatus.Snoozed, (await InboxData.ReloadAsync(app.Services, conversation.Id)).Status);

        app.Time.Advance(TimeSpan.FromHours(3));
        await waker.WakeDueAsync(Ct);
        var woken = await InboxData.ReloadAsync(app.Services, conversation.Id);
        Assert.Equal((ConversationStatus.Open, (DateTimeOffset?)null), (woken.Status, woken.SnoozedUntil));
        Assert.Equal("woke", (await InboxData.EventsAsync(app.Services, conversation.Id))[^1].Kind);
    }

    [Fact]
    public async Task Opening_a_conversation_marks_it_read()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await InboxPeople.AgentAsync(app.Services, Roles.Agent);
        var conversation = await InboxData.ConversationAsync(app.Services);
        Assert.True(await Use<MarkConversationRead>(app).HandleAsync(agent, conversation.Id, Ct));
        Assert.Equal(0, (await InboxData.ReloadAsync(app.Services, conversation.Id)).UnreadCount);
        Assert.False(await Use<MarkConversationRead>(app).HandleAsync(agent, conversation.Id, Ct));
    }

    [Fact]
    public async Task The_media_route_for_the_browser_needs_a_signed_in_agent_who_may_see_the_conversation()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var ours = await InboxPeople.TeamAsync(app.Services);
        var theirs = await InboxPeople.TeamAsync(app.Services);
        var member = await InboxPeople.AgentAsync(app.Services, Roles.Agent, teams: ours);
        var outsider = await InboxPeople.AgentAsync(app.Services, Roles.Agent, teams: theirs);
        var conversation = await InboxData.ConversationAsync(app.Services, teamId: ours);
        long messageId;
        await using (var db = await Use<IDbContextFactory<WaselDb>>(app).CreateDbContextAsync(Ct))
            messageId = await db.Messages.Where(m => m.ConversationId == conversation.Id).Select(m => m.Id).FirstAsync(Ct);

        async Task<HttpStatusCode> GetAs(Staff? staff)
        {
            var client = app.CreateClient(new() { AllowAutoRedirect = false });
            if (staff is not null) client.DefaultRequestHeaders.Add("Cookie", "wasel.auth=" + await InboxPeople.CookieAsync(app.Services, staff.Id));
            return (await client.GetAsync($"/inbox/media/{messageId}", Ct)).StatusCode;
        }

        Assert.NotEqual(HttpStatusCode.OK, await GetAs(null));
        Assert.Equal(HttpStatusCode.NotFound, await GetAs(outsider));
        // The member may see it; a text message simply has no file.
        Assert.Equal(HttpStatusCode.NotFound, await GetAs(member));
    }
}
