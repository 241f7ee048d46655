using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Inbox;
using Wasel.Inbox.Chat;

namespace Wasel.Components.Tests.Inbox;

public sealed class InboxPageTests : InboxComponentContext
{
    public InboxPageTests()
    {
        Services.AddSingleton<ReadConversation>();
        Services.AddSingleton<MarkConversationRead>();
        Services.AddScoped<CurrentStaff>();
        // Signed in as Layla (an agent of Sales), as the cookie would make her.
        AddAuthorization().SetAuthorized("layla").SetClaims(new Claim(ClaimTypes.NameIdentifier, "layla"));
    }

    [Fact]
    public async Task A_new_conversation_appears_live_and_an_other_teams_does_not()
    {
        long ours, theirs;
        await using (var db = Db())
        {
            var a = new Team { Name = "Sales" };
            var b = new Team { Name = "Support" };
            db.Teams.AddRange(a, b);
            db.Users.Add(new Agent { Id = "layla", UserName = "layla", DisplayName = "Layla" });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
            db.TeamMembers.Add(new TeamMember { TeamId = a.Id, AgentId = "layla" });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
            (ours, theirs) = (a.Id, b.Id);
        }
        var page = Render<InboxPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[role=tab]")));
        page.FindAll("[role=tab]")[1].Click(); // unassigned
        page.WaitForAssertion(() => Assert.Contains("No conversations here.", page.Markup));

        var notifier = Services.GetRequiredService<InboxNotifier>();
        foreach (var (team, name) in new[] { (ours, "Mariam"), (theirs, "Hidden") })
        {
            await using var db = Db();
            var conversation = new Conversation
            {
                Contact = new Contact { WaId = "96650" + Random.Shared.Next(1_000_000, 9_999_999), PhoneE164 = "+1", Name = name },
                TeamId = team, Status = ConversationStatus.Open, LastMessageAt = Clock.Now, UnreadCount = 1,
            };
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
            notifier.Publish(new InboxChange(InboxChangeKind.Message, conversation.Id, team, null));
        }

        page.WaitForAssertion(() => Assert.Equal(["Mariam"], page.FindAll(".rows .name").Select(n => n.TextContent)));
        Assert.Equal("1", page.Find(".rows .badge").TextContent);
    }

    [Fact]
    public async Task A_resync_reloads_the_list_with_what_changed_while_no_change_arrived()
    {
        await using (var db = Db())
        {
            db.Users.Add(new Agent { Id = "layla", UserName = "layla", DisplayName = "Layla" });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        var page = Render<InboxPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[role=tab]")));
        page.FindAll("[role=tab]")[1].Click(); // unassigned
        page.WaitForAssertion(() => Assert.Contains("No conversations here.", page.Markup));

        await using (var db = Db())
        {
            // Written on another node while this one's live connection was down: no change reaches this page.
            db.Conversations.Add(new Conversation
            {
                Contact = new Contact { WaId = "96650" + Random.Shared.Next(1_000_000, 9_999_999), PhoneE164 = "+1", Name = "Missed" },
                Status = ConversationStatus.Open, LastMessageAt = Clock.Now, UnreadCount = 1,
            });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        Services.GetRequiredService<InboxNotifier>().ResyncHere();

        page.WaitForAssertion(() => Assert.Equal(["Missed"], page.FindAll(".rows .name").Select(n => n.TextContent)));
    }

    [Fact]
    public async Task A_change_published_from_a_thread_in_another_language_renders_in_the_agents_language()
    {
        await using (var db = Db())
        {
            db.Users.Add(new Agent { Id = "layla", UserName = "layla", DisplayName = "Layla" });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        try
        {
            var page = Render<InboxPage>();
            page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[role=tab]")));
            page.FindAll("[role=tab]")[1].Click(); // unassigned
            page.WaitForAssertion(() => Assert.Equal("غير مسندة", page.Find("[role=tab][aria-selected=true]").TextContent));

            long id;
            await using (var db = Db())
            {
                var conversation = new Conversation
                {
                    Contact = new Contact { WaId = "96650" + Random.Shared.Next(1_000_000, 9_999_999), PhoneE164 = "+1", Name = "Mariam" },
                    Status = ConversationStatus.Open, LastMessageAt = Clock.Now, UnreadCount = 1,
                };
                db.Conversations.Add(conversation);
                await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
                id = conversation.Id;
            }
            // As from another agent's circuit in English, or a timer that never had a language.
            await Task.Run(() =>
            {
                CultureInfo.CurrentUICulture = new CultureInfo("en");
                Services.GetRequiredService<InboxNotifier>().Publish(new InboxChange(InboxChangeKind.Message, id, null, null));
            }, Xunit.TestContext.Current.CancellationToken);

            page.WaitForAssertion(() => Assert.Equal(["Mariam"], page.FindAll(".rows .name").Select(n => n.TextContent)));
            Assert.Equal("غير مسندة", page.Find("[role=tab][aria-selected=true]").TextContent);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
