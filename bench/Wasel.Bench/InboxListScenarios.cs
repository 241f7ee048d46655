extern alias WaselApp;
using Microsoft.EntityFrameworkCore;
using WaselApp::Wasel.Agents;
using WaselApp::Wasel.Conversations;
using WaselApp::Wasel.Inbox.List;
using WaselApp::Wasel.Platform.Data;

namespace Wasel.Bench;

/// <summary>
/// The list and search queries measured by inbox-list, each one page of the inbox's own <see cref="ListInbox"/> use
/// case (the query the conversation list runs); each returns the number of rows it loaded.
/// </summary>
internal static class InboxListScenarios
{
    public sealed record People(Staff Agent, Staff Supervisor, Staff Admin);
    public sealed record Scenario(string Name, Func<int, Task<int>> Run);

    public static IEnumerable<Scenario> All(People people, Func<WaselDb> open)
    {
        var list = new ListInbox(new Factory(open));
        Scenario Page(string name, Staff staff, InboxQuery query) =>
            new(name, async _ => (await list.HandleAsync(staff, query, CancellationToken.None)).Rows.Count);

        yield return Page("agent: mine, open", people.Agent, new(InboxTab.Mine));
        yield return Page("agent: unassigned, open", people.Agent, new(InboxTab.Unassigned));
        yield return Page("agent: my teams, open", people.Agent, new(InboxTab.MyTeams));
        yield return Page("agent: my teams, longest waiting", people.Agent, new(InboxTab.MyTeams, Sort: InboxSort.Waiting));
        yield return Page("supervisor: all, open", people.Supervisor, new(InboxTab.All));
        yield return Page("admin: all, open", people.Admin, new(InboxTab.All));
        yield return Page("admin: all, resolved", people.Admin, new(InboxTab.All, ConversationStatus.Resolved));
        yield return Page("admin: all, any status", people.Admin, new(InboxTab.All, null));
        yield return new("admin: all, open, 10th page (keyset)", async _ =>
        {
            InboxCursor? after = null;
            var rows = 0;
            for (var i = 0; i < 10; i++)
            {
                var page = await list.HandleAsync(people.Admin, new(InboxTab.All, After: after), CancellationToken.None);
                (rows, after) = (page.Rows.Count, page.Next);
            }
            return rows;
        });
        yield return Page("admin: search a name (Sara)", people.Admin, new(InboxTab.All, null, "Sara"));
        yield return Page("admin: search an Arabic name (الحربي)", people.Admin, new(InboxTab.All, null, "الحربي"));
        yield return Page("admin: search a number (+966 500 012 3)", people.Admin, new(InboxTab.All, null, "+966 500 012 3"));
        yield return Page("agent: search message text (refund)", people.Agent, new(InboxTab.MyTeams, null, "refund"));
        yield return Page("admin: search a frequent word (refund)", people.Admin, new(InboxTab.All, null, "refund"));
        yield return Page($"admin: search a rare word ({InboxDataSet.RareWord})", people.Admin, new(InboxTab.All, null, InboxDataSet.RareWord));
        yield return new("admin: search a frequent word, 5th page", async _ =>
        {
            InboxCursor? after = null;
            var rows = 0;
            for (var i = 0; i < 5; i++)
            {
                var page = await list.HandleAsync(people.Admin, new(InboxTab.All, null, "refund", After: after), CancellationToken.None);
                (rows, after) = (page.Rows.Count, page.Next);
            }
            return rows;
        });
        yield return Page("admin: search Arabic text (توصيل)", people.Admin, new(InboxTab.All, null, "توصيل"));
        yield return Page("admin: search text that is nowhere (zzqx)", people.Admin, new(InboxTab.All, null, "zzqx"));
    }

    private sealed class Factory(Func<WaselDb> open) : IDbContextFactory<WaselDb>
    {
        public WaselDb CreateDbContext() => open();
    }
}
