using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Conversations;
using Wasel.Inbox.List;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox;

public class InboxSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<long[]> FindAsync(ListInbox list, Staff staff, string term, InboxTab tab = InboxTab.All) =>
        (await list.HandleAsync(staff, new InboxQuery(tab, null, term, Limit: 100), Ct)).Rows.Select(r => r.Id).ToArray();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Finds_words_in_captions_file_names_buttons_lists_templates_and_places(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var admin = await InboxPeople.AgentAsync(app.Services, Roles.Admin);
        var conversation = await InboxData.ConversationAsync(app.Services);
        var other = await InboxData.ConversationAsync(app.Services);
        await InboxData.AddMessageAsync(app.Services, conversation, "image", new JsonObject { ["id"] = "media-1", ["caption"] = "The blue dress, size M" });
        await InboxData.AddMessageAsync(app.Services, conversation, "document", new JsonObject { ["id"] = "media-2", ["filename"] = "invoice-7781.pdf" });
        await InboxData.AddMessageAsync(app.Services, conversation, "interactive",
            new JsonObject { ["type"] = "button_reply", ["button_reply"] = new JsonObject { ["id"] = "b1", ["title"] = "Confirm delivery" } });
        await InboxData.AddMessageAsync(app.Services, conversation, "interactive", new JsonObject
        {
            ["type"] = "list", ["body"] = new JsonObject { ["text"] = "Pick a branch" },
            ["action"] = new JsonObject
            {
                ["button"] = "Branches",
                ["sections"] = new JsonArray(new JsonObject { ["title"] = "Riyadh", ["rows"] = new JsonArray(new JsonObject { ["id"] = "r1", ["title"] = "Olaya", ["description"] = "Open till midnight" }) }),
            },
        }, MessageDirection.Outbound);
        await InboxData.AddMessageAsync(app.Services, conversation, "template", new JsonObject
        {
            ["name"] = "order_shipped", ["language"] = new JsonObject { ["code"] = "ar" },
            ["components"] = new JsonArray(new JsonObject { ["type"] = "body", ["parameters"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "TRK-4410" }) }),
        }, MessageDirection.Outbound);
        await InboxData.AddMessageAsync(app.Services, conversation, "location", new JsonObject { ["latitude"] = 24.7, ["longitude"] = 46.6, ["name"] = "Kingdom Centre", ["address"] = "King Fahd Road" });
        var list = app.Services.GetRequiredService<ListInbox>();

        foreach (var term in new[] { "blue dress", "invoice-7781", "confirm DELIVERY", "Olaya", "midnight", "Branches", "order_shipped", "TRK-4410", "Kingdom", "Fahd Road" })
            Assert.Equal([conversation.Id], (await FindAsync(list, admin, term)).Where(id => id == conversation.Id || id == other.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Key_names_ids_and_links_of_the_stored_json_find_nothing(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var admin = await InboxPeople.AgentAsync(app.Services, Roles.Admin);
        var conversation = await InboxData.ConversationAsync(app.Services, text: "Is it in stock?");
        await InboxData.AddMessageAsync(app.Services, conversation, "image", new JsonObject { ["id"] = "media-93715", ["link"] = "https://cdn.example.com/photo.jpg", ["caption"] = "this one" });
        var list = app.Services.GetRequiredService<ListInbox>();

        foreach (var term in new[] { "body", "type", "text", "caption", "image", "wamid", "media-93715", "cdn.example", "\"" })
            Assert.DoesNotContain(conversation.Id, await FindAsync(list, admin, term));
        Assert.Contains(conversation.Id, await FindAsync(list, admin, "in stock"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Arabic_names_and_captions_and_numbers_as_people_type_them(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var admin = await InboxPeople.AgentAsync(app.Services, Roles.Admin);
        var byName = await InboxData.ConversationAsync(app.Services, name: "نورة العتيبي", waId: "966551230987");
        var byCaption = await InboxData.ConversationAsync(app.Services);
        await InboxData.AddMessageAsync(app.Services, byCaption, "image", new JsonObject { ["id"] = "m", ["caption"] = "هذا المقاس الصحيح؟" });
        var list = app.Services.GetRequiredService<ListInbox>();

        Assert.Equal([byName.Id], await FindAsync(list, admin, "العتيبي"));
        Assert.Equal([byCaption.Id], await FindAsync(list, admin, "المقاس"));
        Assert.Equal([byName.Id], await FindAsync(list, admin, "+966 55 123 0987"));
        Assert.Equal([byName.Id], await FindAsync(list, admin, "55-1230"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Names_match_in_any_case_and_short_terms_find_names_but_not_message_text(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var admin = await InboxPeople.AgentAsync(app.Services, Roles.Admin);
        var byName = await InboxData.ConversationAsync(app.Services, name: "Qiana Zorro");
        var byText = await InboxData.ConversationAsync(app.Services, text: "my size is QZ");
        var list = app.Services.GetRequiredService<ListInbox>();

        Assert.Equal([byName.Id], await FindAsync(list, admin, "qiana zorro"));
        Assert.Equal([byName.Id], await FindAsync(list, admin, "Qi"));
        Assert.DoesNotContain(byText.Id, await FindAsync(list, admin, "QZ"));
        Assert.Contains(byText.Id, await FindAsync(list, admin, "is QZ"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_keeps_the_access_rule_and_the_tabs(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var mine = await InboxPeople.TeamAsync(app.Services);
        var theirs = await InboxPeople.TeamAsync(app.Services);
        var agent = await InboxPeople.AgentAsync(app.Services, Roles.Agent, teams: mine);
        var admin = await InboxPeople.AgentAsync(app.Services, Roles.Admin);
        var inMyTeam = await InboxData.ConversationAsync(app.Services, teamId: mine, text: "where is parcel 8812");
        var inTheirTeam = await InboxData.ConversationAsync(app.Services, teamId: theirs, text: "where is parcel 8812");
        var namedInTheirTeam = await InboxData.ConversationAsync(app.Services, teamId: theirs, name: "parcel 8812 sender");
        var list = app.Services.GetRequiredService<ListInbox>();

        Assert.Equal([inMyTeam.Id], await FindAsync(list, agent, "parcel 8812", InboxTab.MyTeams));
        // Unassigned is every unassigned conversation the agent may see: their teams' and the general queue's.
        Assert.Equal([inMyTeam.Id], await FindAsync(list, agent, "parcel 8812", InboxTab.Unassigned));
        Assert.Equal(new[] { inMyTeam.Id, inTheirTeam.Id, namedInTheirTeam.Id }.Order(), (await FindAsync(list, admin, "parcel 8812", InboxTab.Unassigned)).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_results_page_by_key_without_gaps_or_repeats(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var admin = await InboxPeople.AgentAsync(app.Services, Roles.Admin);
        var found = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            // Pairs share a time, so that the id breaks the tie; every third one matches by name, the others by text.
            var at = InboxData.Start.AddMinutes(i / 2);
            var conversation = i % 3 == 0
                ? await InboxData.ConversationAsync(app.Services, name: $"Pomelo buyer {i}", at: at)
                : await InboxData.ConversationAsync(app.Services, text: $"two pomelos please ({i})", at: at);
            found.Add(conversation.Id);
            await InboxData.ConversationAsync(app.Services, text: "two lemons please", at: at);
        }
        var list = app.Services.GetRequiredService<ListInbox>();

        var seen = new List<long>();
        InboxCursor? after = null;
        do
        {
            var page = await list.HandleAsync(admin, new InboxQuery(InboxTab.All, null, "pomelo", Limit: 3, After: after), Ct);
            Assert.True(page.Rows.Count <= 3);
            seen.AddRange(page.Rows.Select(r => r.Id));
            after = page.Next;
        } while (after is not null);

        Assert.Equal(found.OrderByDescending(id => id), seen);
    }
}
