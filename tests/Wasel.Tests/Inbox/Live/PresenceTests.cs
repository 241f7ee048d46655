using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Wasel.Inbox;
using Wasel.Inbox.Live;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox.Live;

/// <summary>Presence: who is viewing or typing, told to those who may see the conversation, gone when heartbeats stop.</summary>
public class PresenceTests
{
    private static (Presence Presence, InboxNotifier Notifier, FakeTimeProvider Time) Build(WaselApp app)
    {
        var notifier = new InboxNotifier(NullLogger<InboxNotifier>.Instance);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00Z"));
        var presence = new Presence(notifier, new InProcessTransport(), app.Services.GetRequiredService<ConversationAudience>(), time,
            Options.Create(new LiveOptions { ViewingTimeout = TimeSpan.FromSeconds(15), TypingTimeout = TimeSpan.FromSeconds(5) }), NullLogger<Presence>.Instance);
        return (presence, notifier, time);
    }

    [Fact]
    public async Task Viewers_and_typists_are_announced_to_their_team_typing_falls_back_to_viewing_and_a_silent_viewer_expires()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var conversation = await LiveData.ConversationAsync(app, withTeam: true);
        var (presence, notifier, time) = Build(app);
        using var _ = presence;
        var layla = ChangeLog.Agent("layla", "Layla", conversation.TeamId!.Value);
        var omar = ChangeLog.Agent("omar", "Omar", conversation.TeamId.Value);
        using var omarsScreen = new ChangeLog(notifier, omar);
        using var outsider = new ChangeLog(notifier, ChangeLog.Agent(teams: conversation.TeamId.Value + 1000));

        presence.Viewing(layla, conversation.Id, "tab-1");
        await omarsScreen.WaitForAsync("Layla's arrival", c => c.Kind == InboxChangeKind.Presence && c.ActorId == "layla");
        Assert.Equal([new PresentAgent("layla", "Layla", PresenceActivity.Viewing)], presence.Others(conversation.Id, "omar"));
        Assert.Empty(presence.Others(conversation.Id, "layla"));
        var told = omarsScreen.Received.Count;
        time.Advance(TimeSpan.FromSeconds(6));
        presence.Viewing(layla, conversation.Id, "tab-1"); // a heartbeat: refreshes the other nodes, tells no screen
        Assert.Equal(told, omarsScreen.Received.Count);

        presence.Typing(layla, conversation.Id, "tab-1");
        Assert.Equal(PresenceActivity.Typing, Assert.Single(presence.Others(conversation.Id, "omar")).Activity);
        var changes = omarsScreen.Received.Count;
        Assert.True(changes >= 2, "typing is announced as it starts");

        time.Advance(TimeSpan.FromSeconds(6)); // no keystroke for longer than the typing timeout
        Assert.Equal(PresenceActivity.Viewing, Assert.Single(presence.Others(conversation.Id, "omar")).Activity);
        await omarsScreen.WaitForAsync("typing's end", _ => omarsScreen.Received.Count > changes);

        presence.Viewing(layla, conversation.Id, "tab-1"); // a heartbeat
        time.Advance(TimeSpan.FromSeconds(14));
        Assert.Single(presence.Others(conversation.Id, "omar"));
        changes = omarsScreen.Received.Count;
        time.Advance(TimeSpan.FromSeconds(2)); // 16 s without a heartbeat
        Assert.Empty(presence.Others(conversation.Id, "omar"));
        await omarsScreen.WaitForAsync("Layla's departure", _ => omarsScreen.Received.Count > changes);
        Assert.Empty(outsider.Received);
    }

    [Fact]
    public async Task A_conversation_moved_while_someone_views_it_is_announced_to_its_new_audience_at_the_next_heartbeat()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var conversation = await LiveData.ConversationAsync(app, withTeam: true);
        var (presence, notifier, time) = Build(app);
        using var _ = presence;
        var layla = ChangeLog.Agent("layla", "Layla", conversation.TeamId!.Value);
        using var teammate = new ChangeLog(notifier, ChangeLog.Agent("omar", "Omar", conversation.TeamId.Value));
        using var otherTeam = new ChangeLog(notifier, ChangeLog.Agent(teams: conversation.TeamId.Value + 1000));

        presence.Viewing(layla, conversation.Id, "tab-1");
        await teammate.WaitForAsync("Layla's arrival", c => c.Kind == InboxChangeKind.Presence && c.ActorId == "layla");
        Assert.Empty(otherTeam.Received);

        // Moved to the general queue, which every agent sees, while Layla still has it open.
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
            await db.Conversations.Where(c => c.Id == conversation.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.TeamId, (long?)null), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(6));
        presence.Viewing(layla, conversation.Id, "tab-1");
        var told = await otherTeam.WaitForAsync("Layla's presence, to the new audience", c => c.Kind == InboxChangeKind.Presence && c.ActorId == "layla");
        Assert.Null(told.TeamId);
    }

    [Fact]
    public async Task An_agent_in_two_tabs_stays_present_until_both_have_left()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var conversation = await LiveData.ConversationAsync(app);
        var (presence, notifier, _) = Build(app);
        using var __ = presence;
        var layla = ChangeLog.Agent("layla", "Layla");
        using var screen = new ChangeLog(notifier, ChangeLog.Admin());

        presence.Viewing(layla, conversation.Id, "tab-1");
        presence.Typing(layla, conversation.Id, "tab-2");
        Assert.Equal([new PresentAgent("layla", "Layla", PresenceActivity.Typing)], presence.Others(conversation.Id, "admin"));
        await screen.WaitForAsync("both tabs announced", _ => screen.Received.Count >= 2);

        presence.Left(layla, conversation.Id, "tab-2");
        Assert.Equal(PresenceActivity.Viewing, Assert.Single(presence.Others(conversation.Id, "admin")).Activity);
        presence.Left(layla, conversation.Id, "tab-1");
        Assert.Empty(presence.Others(conversation.Id, "admin"));
        await screen.WaitForAsync("the departures", _ => screen.Received.Count >= 4);
    }
}
