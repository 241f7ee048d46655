using Wasel.Conversations;

namespace Wasel.Agents;

/// <summary>
/// Who may see, and so act on, which conversation. One rule, applied to every list, page, action and live update:
/// an admin sees all; a supervisor sees their teams' conversations; an agent sees their teams' conversations and
/// those assigned to them. A conversation no team has taken yet (the number's general queue) is visible to everyone,
/// so that new customers are never invisible.
/// </summary>
public static class ConversationAccess
{
    public static IQueryable<Conversation> VisibleTo(this IQueryable<Conversation> conversations, Staff staff)
    {
        if (staff.IsAdmin) return conversations;
        var teams = staff.TeamIds.ToList();
        if (staff.IsSupervisor)
            return conversations.Where(c => c.TeamId == null || teams.Contains(c.TeamId.Value));
        return conversations.Where(c => c.TeamId == null || teams.Contains(c.TeamId.Value) || c.AssigneeId == staff.Id);
    }

    public static bool CanSee(this Staff staff, long? teamId, string? assigneeId) =>
        staff.IsAdmin
        || teamId is null
        || staff.TeamIds.Contains(teamId.Value)
        || (!staff.IsSupervisor && assigneeId == staff.Id);
}
