using Bunit;
using Wasel.Agents;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Inbox.List;

namespace Wasel.Components.Tests.Inbox;

public sealed class ConversationListSearchTests : InboxComponentContext
{
    private static readonly TimeSpan Typing = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_short_term_says_it_finds_names_and_numbers_only_and_a_longer_one_finds_message_text()
    {
        await using (var db = Db())
        {
            var conversation = new Conversation
            {
                Contact = new Contact { WaId = "966501112233", PhoneE164 = "+966501112233", Name = "Noura Haddad" },
                Status = ConversationStatus.Open, LastMessageAt = Clock.Now, LastInboundAt = Clock.Now, WindowExpiresAt = Clock.Now.AddHours(5),
            };
            db.Conversations.Add(conversation);
            db.Messages.Add(new Message
            {
                Conversation = conversation, Direction = MessageDirection.Inbound, Type = "image", State = DeliveryState.Received, CreatedAt = Clock.Now,
                Content = """{"type":"image","image":{"id":"media-1","caption":"the silver ring"}}""",
            });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        var list = Render<ConversationList>(p => p.Add(l => l.Staff, new Staff("admin", "Admin", Roles.Admin, new HashSet<long>())));
        list.FindAll("[role=tab]")[3].Click();
        list.WaitForAssertion(() => Assert.Equal(["Noura Haddad"], list.FindAll(".rows .name").Select(n => n.TextContent)));

        list.Find("input[type=search]").Input("ri");
        Assert.Equal("Names and numbers only: message text is searched from 3 characters.", list.Find(".filters .hint").TextContent);
        list.WaitForAssertion(() => Assert.Empty(list.FindAll(".rows .name")), Typing);

        list.Find("input[type=search]").Input("ring");
        list.WaitForAssertion(() => Assert.Equal(["Noura Haddad"], list.FindAll(".rows .name").Select(n => n.TextContent)), Typing);
        Assert.Empty(list.FindAll(".filters .hint"));
    }
}
