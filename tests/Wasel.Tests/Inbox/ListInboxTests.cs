using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Conversations;
using Wasel.Inbox.List;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox;

public class ListInboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tabs_show_what_each_person_may_see(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var a = await InboxPeople.TeamAsync(app.Services);
        var b = await InboxPeople.TeamAsync(app.Services);
        var agent = await InboxPeople.AgentAsync(app.Services, Roles.Agent, teams: a);
        var admin = await InboxPeople.AgentAsync(app.Services, Roles.Admin);
        var mine = await InboxData.ConversationAsync(app.Services, teamId: b, assigneeId: agent.Id);
        var teamQueue = await InboxData.ConversationAsync(app.Services, teamId: a);
        var general = await InboxData.ConversationAsync(app.Services);
        var otherTeam = await InboxData.ConversationAsync(app.Services, teamId: b);
        var list = app.Services.GetRequiredService<ListInbox>();

        async Task<long[]> Ids(Staff staff, InboxTab tab) =>
            (await list.HandleAsync(staff, new InboxQuery(tab, Limit: 100), Ct)).Rows.Select(r => r.Id).ToArray();

        Assert.Equal([mine.Id], await Ids(agent, InboxTab.Mine));
        Assert.Equal(new[] { general.Id, teamQueue.Id }.Order(), (await Ids(agent, InboxTab.Unassigned)).Order());
        Assert.Equal([teamQueue.Id], await Ids(agent, InboxTab.MyTeams));
        Assert.DoesNotContain(otherTeam.Id, await Ids(agent, InboxTab.All));
        Assert.Contains(otherTeam.Id, await Ids(admin, InboxTab.All));
        Assert.Contains(otherTeam.Id, await Ids(admin, InboxTab.Unassigned));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_finds_name_number_and_message_text_in_any_script(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var admin = await InboxPeople.AgentAsync(app.Services, Roles.Admin);
        var byName = await InboxData.ConversationAsync(app.Services, name: "Layla Haddad");
        var byNumber = await InboxData.ConversationAsync(app.Services, waId: "966501234567");
        var byText = await InboxData.ConversationAsync(app.Services, text: "أين طلبي رقم 55_%؟");
        var list = app.Services.GetRequiredService<ListInbox>();

        async Task<long[]> Find(string term) =>
            (await list.HandleAsync(admin, new InboxQuery(InboxTab.All, Search: term, Limit: 100), Ct)).Rows.Select(r => r.Id).ToArray();

        Assert.Contains(byName.Id, await Find("Haddad"));
        Assert.Contains(byNumber.Id, await Find("+966 50 1234"));
        Assert.Contains(byText.Id, await Find("طلبي"));
        Assert.Equal([byText.Id], await Find("55_%"));
        Assert.DoesNotContain(byName.Id, await Find("طلبي"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_follow_each_other_by_key_without_gaps_or_repeats(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var admin = await InboxPeople.AgentAsync(app.Services, Roles.Admin);
        var team = await InboxPeople.TeamAsync(app.Services);
        var ids = new List<long>();
        // Pairs share a time, so that the id breaks the tie.
        for (var i = 0; i < 7; i++)
            ids.Add((await InboxData.ConversationAsync(app.Services, teamId: team, at: InboxData.Start.AddMinutes(i / 2))).Id);
        var list = app.Services.GetRequiredService<ListInbox>();

        async Task<List<long>> All(InboxSort sort)
        {
            var seen = new List<long>();
            InboxCursor? after = null;
            do
            {
                var page = await list.HandleAsync(admin, new InboxQuery(InboxTab.All, Sort: sort, Limit: 3, After: after), Ct);
                Assert.True(page.Rows.Count <= 3);
                seen.AddRange(page.Rows.Where(r => r.TeamId == team).Select(r => r.Id));
                after = page.Next;
            } while (after is not null);
            return seen;
        }

        var latest = ids.OrderByDescending(id => id).ToList();
        Assert.Equal(latest, await All(InboxSort.LastActivity));
        Assert.Equal(ids, await All(InboxSort.Waiting));
    }

    [Fact]
    public async Task Status_filter_and_last_message_preview()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var admin = await InboxPeople.AgentAsync(app.Services, Roles.Admin);
        var resolved = await InboxData.ConversationAsync(app.Services, status: ConversationStatus.Resolved, text: "all good, thanks");
        var open = await InboxData.ConversationAsync(app.Services);
        var list = app.Services.GetRequiredService<ListInbox>();

        var rows = (await list.HandleAsync(admin, new InboxQuery(InboxTab.All, ConversationStatus.Resolved, Limit: 100), Ct)).Rows;
        var row = Assert.Single(rows, r => r.Id == resolved.Id);
        Assert.DoesNotContain(rows, r => r.Id == open.Id);
        Assert.Equal("all good, thanks", Wasel.Inbox.Chat.MessageParts.Of(row.LastType!, row.LastContent).MainText);
        Assert.True(row.CustomerWaiting);
    }
}
