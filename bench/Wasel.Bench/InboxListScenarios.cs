extern alias WaselApp;
using Microsoft.EntityFrameworkCore;
using WaselApp::Wasel.Agents;
using WaselApp::Wasel.Conversations;
using WaselApp::Wasel.Platform.Data;

namespace Wasel.Bench;

/// <summary>The list and search queries measured by inbox-list: each returns the number of rows it loaded.</summary>
internal static class InboxListScenarios
{
    public sealed record People(Staff Agent, Staff Supervisor, Staff Admin);
    public sealed record Scenario(string Name, Func<WaselDb, int, Task<int>> Run);

    private static readonly string[] Searches = ["Sara", "الحربي", "9665000123", "refund", "توصيل"];

    public static IEnumerable<Scenario> All(People people)
    {
        yield return new("agent: my teams, open, by last activity", (db, _) => Page(db, people.Agent, ConversationStatus.Open));
        yield return new("supervisor: team, open, by last activity", (db, _) => Page(db, people.Supervisor, ConversationStatus.Open));
        yield return new("admin: all, open, by last activity", (db, _) => Page(db, people.Admin, ConversationStatus.Open));
        yield return new("admin: all, resolved, by last activity", (db, _) => Page(db, people.Admin, ConversationStatus.Resolved));
    }

    private static async Task<int> Page(WaselDb db, Staff staff, ConversationStatus status) =>
        (await db.Conversations.AsNoTracking().VisibleTo(staff).Where(c => c.Status == status)
            .OrderByDescending(c => c.LastMessageAt).Take(50).Select(c => new { c.Id, c.Contact.Name, c.LastMessageAt }).ToListAsync()).Count;
}
