using Wasel.Conversations;

namespace Wasel.Agents;

/// <summary>
/// Who may see, and so act on, which conversation. One rule, applied to every list, page, action and live update:
/// an admin sees all; a supervisor or an agent sees their teams' conversations and those assigned to them (so a
/// supervisor who takes a conversation from another team's queue keeps seeing it). A conversation no team has taken
/// yet (the number's general queue) is visible to everyone, so that new customers are never invisible.
/// </summary>
public static class ConversationAccess
{
    public static IQueryable<Conversation> VisibleTo(this IQueryable<Conversation> conversations, Staff staff)
    {
        if (staff.IsAdmin) return conversations;
        var teams = staff.TeamIds.ToList();
        return conversations.Where(c => c.TeamId == null || teams.Contains(c.TeamId.Value) || c.AssigneeId == staff.Id);
    }

    public static bool CanSee(this Staff staff, long? teamId, string? assigneeId) =>
        staff.IsAdmin
        || teamId is null
        || staff.TeamIds.Contains(teamId.Value)
        || assigneeId == staff.Id;
}
