using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Inbox;
using Wasel.Inbox.Chat;
using Wasel.Inbox.Compose;
using Wasel.Inbox.ContactPanel;
using Wasel.Inbox.List;

namespace Wasel.Components.Tests.Inbox;

public sealed class InboxPiecesTests : InboxComponentContext
{
    private static readonly Staff Agent = new("agent-1", "Layla", Roles.Agent, new HashSet<long>());

    private async Task<Conversation> ConversationAsync(long? team = null, string? assignee = null, string name = "Customer")
    {
        await using var db = Db();
        var waId = "9665" + Random.Shared.Next(10_000_000, 99_999_999);
        var conversation = new Conversation
        {
            Contact = new Contact { WaId = waId, PhoneE164 = "+" + waId, Name = name }, TeamId = team, AssigneeId = assignee,
            Status = ConversationStatus.Open, LastMessageAt = Clock.Now, LastInboundAt = Clock.Now, WindowExpiresAt = Clock.Now.AddHours(5),
        };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync();
        return conversation;
    }

    private async Task<long> TeamAsync()
    {
        await using var db = Db();
        var team = new Team { Name = "T" + Guid.NewGuid().ToString("N")[..6] };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    }

    [Fact]
    public async Task The_list_offers_all_only_to_supervisors_and_admins_and_shows_only_what_the_agent_may_see()
    {
        var ours = await TeamAsync();
        var theirs = await TeamAsync();
        var agent = Agent with { TeamIds = new HashSet<long> { ours } };
        await ConversationAsync(ours, name: "Visible team");
        await ConversationAsync(theirs, name: "Hidden team");
        await ConversationAsync(theirs, assignee: agent.Id, name: "Mine elsewhere");

        var cut = Render<ConversationList>(p => p.Add(l => l.Staff, agent));
        Assert.Equal(["Mine", "Unassigned", "My teams"], cut.FindAll("[role=tab]").Select(t => t.TextContent));
        Assert.Equal(["Mine elsewhere"], cut.FindAll(".rows .name").Select(n => n.TextContent));
        cut.FindAll("[role=tab]")[1].Click();
        cut.WaitForAssertion(() => Assert.Equal(["Visible team"], cut.FindAll(".rows .name").Select(n => n.TextContent)));

        var admin = Render<ConversationList>(p => p.Add(l => l.Staff, new Staff("admin", "Admin", Roles.Admin, new HashSet<long>())));
        Assert.Equal(4, admin.FindAll("[role=tab]").Count);
        admin.FindAll("[role=tab]")[3].Click();
        admin.WaitForAssertion(() => Assert.Contains("Hidden team", admin.FindAll(".rows .name").Select(n => n.TextContent)));
    }

    [Fact]
    public async Task A_contact_name_with_markup_stays_text_in_the_list_and_panel()
    {
        const string payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        var conversation = await ConversationAsync(name: payload);
        var list = Render<ConversationList>(p => p.Add(l => l.Staff, new Staff("admin", "Admin", Roles.Admin, new HashSet<long>())));
        list.FindAll("[role=tab]")[3].Click();
        list.WaitForAssertion(() => Assert.Contains(payload, list.FindAll(".rows .name").Select(n => n.TextContent)));
        Assert.Empty(list.FindAll(".rows img, .rows script"));

        var panel = Render<ContactCard>(p => p.Add(c => c.Staff, Agent).Add(c => c.View, View(conversation, payload)));
        Assert.Equal(payload, panel.Find("h2").TextContent);
        Assert.Empty(panel.FindAll("img, script"));
    }

    [Fact]
    public void The_window_counts_down_and_closes()
    {
        var cut = Render<WindowCountdown>(p => p.Add(w => w.ExpiresAt, Clock.Now.AddHours(3).AddMinutes(20)));
        Assert.Equal("Reply window: 3 h 20 min left", cut.Find(".window").TextContent);
        Assert.Contains("open", cut.Find(".window").ClassList);

        Clock.Now = Clock.Now.AddHours(4);
        cut.Render();
        Assert.Equal("Reply window closed: templates only", cut.Find(".window").TextContent);
        Assert.Contains("closed", cut.Find(".window").ClassList);
    }

    [Fact]
    public async Task Slash_offers_canned_responses_filtered_as_you_type_and_picks_one()
    {
        await using (var db = Db())
        {
            db.CannedResponses.AddRange(
                new CannedResponse { Shortcut = "shipping", Text = "We deliver in 2–3 days." },
                new CannedResponse { Shortcut = "thanks", Text = "Thank you for your order!" },
                new CannedResponse { Shortcut = "hours", Text = "Open 9–23, shipping desk until 17." });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        var conversation = await ConversationAsync();
        var cut = Render<Composer>(p => p.Add(c => c.Staff, Agent).Add(c => c.View, View(conversation, "C")).Add(c => c.WindowOpen, true));

        cut.Find("textarea").Input("/");
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll(".suggest li").Count));
        cut.Find("textarea").Input("/ship");
        Assert.Equal(["/shipping", "/hours"], cut.FindAll(".suggest strong").Select(s => s.TextContent));
        cut.Find(".suggest button").Click();
        Assert.Equal("We deliver in 2–3 days.", cut.Find("textarea").GetAttribute("value"));
        Assert.Empty(cut.FindAll(".suggest li"));
    }

    [Fact]
    public void Canned_filter_ranks_shortcut_prefix_before_matches_in_text()
    {
        CannedResponse[] all = [new() { Shortcut = "refund", Text = "…" }, new() { Shortcut = "policy", Text = "Our refund policy" }, new() { Shortcut = "hello", Text = "Hi" }];
        Assert.Equal(["refund", "policy"], CannedFilter.Match(all, "ref").Select(c => c.Shortcut));
        Assert.Equal(3, CannedFilter.Match(all, "").Count());
    }

    private static ConversationView View(Conversation c, string name) =>
        new(c, new Contact { WaId = "966500000009", PhoneE164 = "+966500000009", Name = name, Tags = ["vip"], Attributes = new() { ["city"] = "<b>Jeddah</b>" } },
            [], [], [], false, [], new Dictionary<string, string>(), null);
}
