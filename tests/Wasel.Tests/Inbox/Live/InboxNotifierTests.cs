using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wasel.Inbox;
using Wasel.Inbox.Live;

namespace Wasel.Tests.Inbox.Live;

/// <summary>Delivery goes through the access rule: a change reaches only those who may see its conversation.</summary>
public class InboxNotifierTests
{
    private const long TeamX = 10, TeamY = 20;

    public static TheoryData<bool> Coalescing => new(false, true);

    private static InboxNotifier Notifier(bool coalescing) => coalescing
        ? new InboxNotifier(new InProcessTransport(), Options.Create(new LiveOptions()), NullLogger<InboxNotifier>.Instance)
        : new InboxNotifier(NullLogger<InboxNotifier>.Instance);

    [Theory]
    [MemberData(nameof(Coalescing))]
    public async Task A_change_to_a_team_conversation_reaches_its_team_the_assignee_and_admins_but_no_other_team(bool coalescing)
    {
        using var notifier = Notifier(coalescing);
        var assignee = ChangeLog.Agent(teams: TeamY);
        using var admin = new ChangeLog(notifier, ChangeLog.Admin());
        using var teamX = new ChangeLog(notifier, ChangeLog.Agent(teams: TeamX));
        using var supervisorX = new ChangeLog(notifier, ChangeLog.Supervisor(TeamX));
        using var assigned = new ChangeLog(notifier, assignee);
        using var teamY = new ChangeLog(notifier, ChangeLog.Agent(teams: TeamY));
        using var supervisorY = new ChangeLog(notifier, ChangeLog.Supervisor(TeamY));

        notifier.Publish(new InboxChange(InboxChangeKind.Message, 7, TeamX, assignee.Id, 70));
        // A marker to everyone after it: once it has arrived, the first change has had its chance to arrive too.
        notifier.Publish(new InboxChange(InboxChangeKind.Conversation, 8, null, null));

        foreach (var log in new[] { admin, teamX, supervisorX, assigned })
            await log.WaitForAsync("the change to conversation 7", c => c.ConversationId == 7);
        foreach (var log in new[] { teamY, supervisorY })
        {
            await log.WaitForAsync("the unassigned queue's change", c => c.ConversationId == 8);
            Assert.DoesNotContain(log.Received, c => c.ConversationId == 7);
        }
    }

    [Fact]
    public async Task A_disposed_subscription_receives_nothing_more()
    {
        using var notifier = Notifier(coalescing: false);
        var staff = ChangeLog.Admin();
        var log = new ChangeLog(notifier, staff);
        using var other = new ChangeLog(notifier, staff);
        log.Dispose();
        notifier.Publish(new InboxChange(InboxChangeKind.Message, 1, null, null, 1));
        await other.WaitForAsync("the change", c => c.ConversationId == 1);
        Assert.Empty(log.Received);
    }

    [Fact]
    public async Task Ticks_of_one_conversation_published_together_arrive_as_one_change_while_new_messages_stay_apart()
    {
        using var notifier = new InboxNotifier(new InProcessTransport(), Options.Create(new LiveOptions { CoalesceInterval = TimeSpan.FromMilliseconds(300) }),
            NullLogger<InboxNotifier>.Instance);
        using var admin = new ChangeLog(notifier, ChangeLog.Admin());
        notifier.Publish(new InboxChange(InboxChangeKind.Status, 1, null, null, 100)); // flushed at once: nothing was waiting
        await admin.WaitForAsync("the first tick", c => c.MessageId == 100);
        for (var i = 0; i < 500; i++) notifier.Publish(new InboxChange(InboxChangeKind.Status, 2, null, null, 200 + i % 50));
        notifier.Publish(new InboxChange(InboxChangeKind.Message, 2, null, null, 300));
        notifier.Publish(new InboxChange(InboxChangeKind.Message, 2, null, null, 301));
        notifier.Publish(new InboxChange(InboxChangeKind.Status, 3, null, null, 400));

        await admin.WaitForAsync("conversation 3's tick", c => c.ConversationId == 3);
        var two = admin.Received.Where(c => c.ConversationId == 2).ToList();
        Assert.Equal([(InboxChangeKind.Status, null), (InboxChangeKind.Message, 300), (InboxChangeKind.Message, 301)],
            two.Select(c => (c.Kind, c.MessageId)).ToList());
    }
}
