using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Wasel.Inbox;
using Wasel.Inbox.Chat;
using Wasel.Inbox.Live;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox.Live;

/// <summary>Two agents' chat views on one conversation, through the beacon each view keeps: what the other one is told.</summary>
public class PresenceBeaconTests
{
    [Fact]
    public async Task Two_agents_see_each_other_view_and_type_only_their_team_hears_of_it_and_leaving_ends_it()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var conversation = await LiveData.ConversationAsync(app, withTeam: true);
        var other = await LiveData.ConversationAsync(app, withTeam: true);
        var team = conversation.TeamId!.Value;
        var notifier = new InboxNotifier(NullLogger<InboxNotifier>.Instance);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00Z"));
        using var presence = new Presence(notifier, new InProcessTransport(), app.Services.GetRequiredService<ConversationAudience>(), time,
            Options.Create(new LiveOptions { ViewingTimeout = TimeSpan.FromSeconds(15), TypingTimeout = TimeSpan.FromSeconds(5) }), NullLogger<Presence>.Instance);
        var sara = ChangeLog.Agent("sara", "Sara", team);
        var omar = ChangeLog.Agent("omar", "Omar", team);
        using var omarsScreen = new ChangeLog(notifier, omar);
        using var outsider = new ChangeLog(notifier, ChangeLog.Agent(teams: team + 1000));
        using var otherTeam = new ChangeLog(notifier, ChangeLog.Agent(teams: other.TeamId!.Value));
        using var omarsView = new PresenceBeacon(presence, time, omar);
        var sarasView = new PresenceBeacon(presence, time, sara);

        omarsView.Show(conversation.Id);
        sarasView.Show(conversation.Id);
        await omarsScreen.WaitForAsync("Sara's arrival", c => c.Kind == InboxChangeKind.Presence && c.ActorId == "sara");
        Assert.Equal([new PresentAgent("sara", "Sara", PresenceActivity.Viewing)], presence.Others(conversation.Id, "omar"));
        Assert.Equal([new PresentAgent("omar", "Omar", PresenceActivity.Viewing)], presence.Others(conversation.Id, "sara"));

        Step(time, TimeSpan.FromSeconds(40)); // the views' heartbeats keep both present well past the viewing timeout
        Assert.Equal([new PresentAgent("sara", "Sara", PresenceActivity.Viewing)], presence.Others(conversation.Id, "omar"));

        sarasView.Typed();
        Assert.Equal(PresenceActivity.Typing, Assert.Single(presence.Others(conversation.Id, "omar")).Activity);
        time.Advance(TimeSpan.FromMilliseconds(500));
        sarasView.Typed(); // within the second: not passed on, so typing ends 5 s after the first keystroke
        time.Advance(TimeSpan.FromMilliseconds(4_600));
        Assert.Equal(PresenceActivity.Viewing, Assert.Single(presence.Others(conversation.Id, "omar")).Activity);
        sarasView.Typed();
        Assert.Equal(PresenceActivity.Typing, Assert.Single(presence.Others(conversation.Id, "omar")).Activity);

        sarasView.Show(other.Id); // Sara moves on to another team's conversation
        Assert.Empty(presence.Others(conversation.Id, "omar"));
        Assert.Equal("sara", Assert.Single(presence.Others(other.Id, "omar")).StaffId);
        sarasView.Dispose(); // her chat view closes
        Assert.Empty(presence.Others(other.Id, "omar"));
        Step(time, TimeSpan.FromSeconds(10));
        Assert.Empty(presence.Others(other.Id, "omar"));
        Assert.Empty(presence.Others(conversation.Id, "omar"));

        await otherTeam.WaitForAsync("Sara's arrival in their conversation", c => c.Kind == InboxChangeKind.Presence && c.ConversationId == other.Id);
        Assert.DoesNotContain(omarsScreen.Received, c => c.ConversationId == other.Id);
        Assert.DoesNotContain(otherTeam.Received, c => c.ConversationId == conversation.Id);
        Assert.Empty(outsider.Received);
    }

    /// <summary>Moves the clock a second at a time, so that every timer due meanwhile fires in order.</summary>
    private static void Step(FakeTimeProvider time, TimeSpan by)
    {
        for (var moved = TimeSpan.Zero; moved < by; moved += TimeSpan.FromSeconds(1)) time.Advance(TimeSpan.FromSeconds(1));
    }
}
