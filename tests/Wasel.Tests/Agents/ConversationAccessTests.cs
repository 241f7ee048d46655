using Wasel.Agents;
using Wasel.Conversations;

namespace Wasel.Tests.Agents;

/// <summary>The access rule itself (pure logic): what each role sees of conversations in teams, queues and assignments.</summary>
public class ConversationAccessTests
{
    private const long Sales = 1, Support = 2;

    private static readonly Conversation GeneralQueue = Make(1, null, null);
    private static readonly Conversation SalesQueue = Make(2, Sales, null);
    private static readonly Conversation SupportQueue = Make(3, Support, null);
    private static readonly Conversation SupportAssignedToSara = Make(4, Support, "sara");
    private static readonly Conversation SalesAssignedToSara = Make(5, Sales, "sara");
    private static readonly Conversation SalesAssignedToOmar = Make(6, Sales, "omar");
    private static readonly Conversation NoTeamAssignedToSara = Make(7, null, "sara");
    private static readonly Conversation[] All = [GeneralQueue, SalesQueue, SupportQueue, SupportAssignedToSara, SalesAssignedToSara, SalesAssignedToOmar, NoTeamAssignedToSara];

    [Fact]
    public void Admin_sees_everything() =>
        AssertSees(new Staff("huda", "Huda", Roles.Admin, new HashSet<long>()), All);

    [Fact]
    public void Supervisor_sees_their_teams_the_general_queue_and_what_is_assigned_to_them_but_not_other_teams_assignments() =>
        AssertSees(new Staff("daniel", "Daniel", Roles.Supervisor, new HashSet<long> { Support }),
            [GeneralQueue, SupportQueue, SupportAssignedToSara, NoTeamAssignedToSara]);

    [Fact]
    public void Supervisor_keeps_seeing_a_conversation_of_another_team_assigned_to_them() =>
        AssertSees(new Staff("omar", "Omar", Roles.Supervisor, new HashSet<long> { Support }),
            [GeneralQueue, SupportQueue, SupportAssignedToSara, NoTeamAssignedToSara, SalesAssignedToOmar]);

    [Fact]
    public void Agent_sees_their_teams_the_general_queue_and_what_is_assigned_to_them() =>
        AssertSees(new Staff("sara", "Sara", Roles.Agent, new HashSet<long> { Support }),
            [GeneralQueue, SupportQueue, SupportAssignedToSara, SalesAssignedToSara, NoTeamAssignedToSara]);

    [Fact]
    public void Agent_in_no_team_sees_the_general_queue_and_their_own() =>
        AssertSees(new Staff("omar", "Omar", Roles.Agent, new HashSet<long>()), [GeneralQueue, NoTeamAssignedToSara, SalesAssignedToOmar]);

    [Fact]
    public void Agent_in_several_teams_sees_each_of_them() =>
        AssertSees(new Staff("james", "James", Roles.Agent, new HashSet<long> { Sales, Support }),
            [GeneralQueue, SalesQueue, SupportQueue, SupportAssignedToSara, SalesAssignedToSara, SalesAssignedToOmar, NoTeamAssignedToSara]);

    /// <summary>The query filter (lists) and the check (single conversations, live updates) must agree.</summary>
    private static void AssertSees(Staff staff, Conversation[] expected)
    {
        Assert.Equal(expected.Select(c => c.Id).Order(), All.AsQueryable().VisibleTo(staff).Select(c => c.Id).Order());
        Assert.Equal(expected.Select(c => c.Id).Order(), All.Where(c => staff.CanSee(c.TeamId, c.AssigneeId)).Select(c => c.Id).Order());
    }

    private static Conversation Make(long id, long? team, string? assignee) => new() { Id = id, TeamId = team, AssigneeId = assignee };
}
