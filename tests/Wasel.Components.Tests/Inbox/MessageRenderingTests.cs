using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Conversations;
using Microsoft.AspNetCore.Components;
using Wasel.Inbox.Chat;
using Wasel.Inbox.Compose;

namespace Wasel.Components.Tests.Inbox;

public sealed class MessageRenderingTests : BunitContext
{
    public MessageRenderingTests()
    {
        Services.AddLocalization();
        Services.AddSingleton(TimeProvider.System);
    }

    private static Message Inbound(string type, JsonObject part, long id = 7) => new()
    {
        Id = id, Type = type, Direction = MessageDirection.Inbound, State = DeliveryState.Received, CreatedAt = DateTimeOffset.Parse("2026-03-01T10:00:00Z"),
        Content = new JsonObject { ["from"] = "966500000001", ["id"] = "wamid.in" + id, ["type"] = type, [type] = part }.ToJsonString(),
    };

    private static Message Outbound(string type, JsonObject part, DeliveryState state = DeliveryState.Sent) => new()
    {
        Id = 8, Type = type, Direction = MessageDirection.Outbound, State = state, CreatedAt = DateTimeOffset.Parse("2026-03-01T10:01:00Z"),
        Content = new JsonObject { ["messaging_product"] = "whatsapp", ["to"] = "966500000001", ["type"] = type, [type] = part }.ToJsonString(),
    };

    private IRenderedComponent<MessageContent> Show(Message m) => Render<MessageContent>(p => p.Add(c => c.Message, m));

    [Fact]
    public void Text_is_formatted()
    {
        var cut = Show(Inbound("text", new JsonObject { ["body"] = "*Hello* there" }));
        Assert.Equal("Hello", cut.Find(".text strong").TextContent);
    }

    [Theory]
    [InlineData("image", "img.media")]
    [InlineData("sticker", "img.sticker")]
    [InlineData("video", "video")]
    [InlineData("audio", "audio")]
    [InlineData("document", "a.document")]
    public void Media_comes_from_the_inbox_media_route(string type, string selector)
    {
        var cut = Show(Inbound(type, new JsonObject { ["id"] = "media-1", ["mime_type"] = "x/y", ["caption"] = "Look _here_", ["filename"] = "invoice.pdf" }, id: 42));
        var element = cut.Find(selector);
        Assert.Equal("inbox/media/42", element.GetAttribute("src") ?? element.GetAttribute("href"));
        if (type is "image" or "video" or "document") Assert.Equal("here", cut.Find(".caption em").TextContent);
        if (type == "document") Assert.Contains("invoice.pdf", element.TextContent);
    }

    [Fact]
    public void Location_links_to_a_map_with_its_name()
    {
        var cut = Show(Inbound("location", new JsonObject { ["latitude"] = 21.5, ["longitude"] = 39.2, ["name"] = "Nakhla Jeddah", ["address"] = "Tahlia St" }));
        Assert.Contains("mlat=21.5&mlon=39.2", cut.Find("a.location").GetAttribute("href"));
        Assert.Contains("Nakhla Jeddah", cut.Markup);
    }

    [Fact]
    public void Contact_cards_show_names_and_numbers()
    {
        var message = new Message
        {
            Id = 1, Type = "contacts", Direction = MessageDirection.Inbound, State = DeliveryState.Received,
            Content = """{"type":"contacts","contacts":[{"name":{"formatted_name":"Khalid"},"phones":[{"phone":"+966 50 111 2222","type":"CELL"}]}]}""",
        };
        var cut = Show(message);
        Assert.Contains("Khalid", cut.Find(".card").TextContent);
        Assert.Contains("+966 50 111 2222", cut.Find(".card").TextContent);
    }

    [Fact]
    public void Interactive_buttons_and_lists_and_the_customers_replies()
    {
        var buttons = Show(Outbound("interactive", JsonNode.Parse("""{"type":"button","body":{"text":"Pick one"},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"Yes"}},{"type":"reply","reply":{"id":"b","title":"No"}}]}}""")!.AsObject()));
        Assert.Equal(["Yes", "No"], buttons.FindAll(".button").Select(b => b.TextContent));
        var list = Show(Outbound("interactive", JsonNode.Parse("""{"type":"list","body":{"text":"Branches"},"action":{"button":"Choose","sections":[{"title":"Jeddah","rows":[{"id":"1","title":"Tahlia","description":"9–23"}]}]}}""")!.AsObject()));
        Assert.Contains("Tahlia", list.Find("details.list").TextContent);
        Assert.Equal("Yes", Show(Inbound("interactive", JsonNode.Parse("""{"type":"button_reply","button_reply":{"id":"a","title":"Yes"}}""")!.AsObject())).Find(".picked span").TextContent);
        Assert.Contains("Tahlia", Show(Inbound("interactive", JsonNode.Parse("""{"type":"list_reply","list_reply":{"id":"1","title":"Tahlia"}}""")!.AsObject())).Find(".picked").TextContent);
        Assert.Contains("Stop promotions", Show(Inbound("button", new JsonObject { ["payload"] = "stop", ["text"] = "Stop promotions" })).Find(".picked").TextContent);
    }

    [Fact]
    public void Templates_show_their_name_and_parameters()
    {
        var cut = Show(Outbound("template", JsonNode.Parse("""{"name":"order_confirmation","language":{"code":"en_GB"},"components":[{"type":"body","parameters":[{"type":"text","text":"Oliver"},{"type":"text","text":"NK-10466"}]}]}""")!.AsObject()));
        Assert.Equal("order_confirmation", cut.Find(".template code").TextContent);
        Assert.Equal(["Oliver", "NK-10466"], cut.FindAll(".param").Select(p => p.TextContent));
    }

    [Fact]
    public void A_known_template_reads_as_the_customer_sees_it()
    {
        IReadOnlyList<TemplateChoice> templates = [new("order_confirmation", "en_GB", "UTILITY", null, "Hi {{1}}, order *{{2}}* is confirmed.", "Nakhla", Named: false)];
        var message = Outbound("template", JsonNode.Parse("""{"name":"order_confirmation","language":{"code":"en_GB"},"components":[{"type":"body","parameters":[{"type":"text","text":"Oliver"},{"type":"text","text":"NK-10466"}]}]}""")!.AsObject());
        var cut = Render<CascadingValue<IReadOnlyList<TemplateChoice>>>(p => p.Add(c => c.Value, templates)
            .AddChildContent<MessageContent>(c => c.Add(x => x.Message, message)));
        Assert.Equal("Hi Oliver, order NK-10466 is confirmed.", cut.Find(".template .text").TextContent);
        Assert.Equal("NK-10466", cut.Find(".template .text strong").TextContent);
    }

    [Fact]
    public void Unknown_types_say_so()
    {
        var message = new Message { Id = 1, Type = "unsupported", Direction = MessageDirection.Inbound, Content = """{"type":"unsupported","errors":[{"code":131051,"title":"Message type unknown"}]}""" };
        Assert.Contains("Message type unknown", Show(message).Find(".unsupported").TextContent);
    }

    [Theory]
    [InlineData(DeliveryState.Queued, "◷")]
    [InlineData(DeliveryState.Sent, "✓")]
    [InlineData(DeliveryState.Delivered, "✓✓")]
    [InlineData(DeliveryState.Read, "✓✓")]
    public void Ticks_follow_the_delivery_state(DeliveryState state, string glyph)
    {
        var cut = Render<MessageBubble>(p => p.Add(b => b.Message, Outbound("text", new JsonObject { ["body"] = "hi" }, state)));
        var tick = cut.Find(".tick");
        Assert.Equal(glyph, tick.TextContent);
        Assert.Equal(state == DeliveryState.Read, tick.ClassList.Contains("read"));
        Assert.Equal(state.ToString(), tick.GetAttribute("aria-label"));
    }

    [Fact]
    public void A_failed_message_shows_why()
    {
        var message = Outbound("text", new JsonObject { ["body"] = "hi" }, DeliveryState.Failed);
        message.ErrorCode = 131047;
        message.ErrorTitle = "Re-engagement message";
        message.ErrorDetails = "More than 24 hours have passed.";
        var why = Render<MessageBubble>(p => p.Add(b => b.Message, message)).Find(".why");
        Assert.Contains("131047", why.TextContent);
        Assert.Contains("Re-engagement message", why.TextContent);
        Assert.Contains("More than 24 hours have passed.", why.TextContent);
    }

    [Fact]
    public void Replies_quote_the_message_they_answer_and_reactions_sit_on_their_message()
    {
        var question = Outbound("text", new JsonObject { ["body"] = "Which size?" });
        question.WaMessageId = "wamid.q";
        var answer = Inbound("text", new JsonObject { ["body"] = "Large" }, id: 9);
        answer.ReplyToWaMessageId = "wamid.q";
        var reaction = Inbound("reaction", new JsonObject { ["message_id"] = "wamid.q", ["emoji"] = "👍" }, id: 10);
        var view = new ConversationView(new Conversation { Id = 1 }, new Wasel.Contacts.Contact { WaId = "1", PhoneE164 = "+1" }, [], [question, answer, reaction], [], false, [], new Dictionary<string, string>(), null);

        var items = Timeline.Build(view, TimeZoneInfo.Utc);
        var shown = items.OfType<Timeline.MessageItem>().ToList();
        Assert.Equal(2, shown.Count);
        Assert.Equal(["👍"], shown.Single(i => i.Message == question).Reactions);
        Assert.Same(question, shown.Single(i => i.Message == answer).Quoted);
        Assert.IsType<Timeline.Day>(items[0]);

        var bubble = Render<MessageBubble>(p => p.Add(b => b.Message, answer).Add(b => b.Quoted, question));
        Assert.Contains("Which size?", bubble.Find(".quote").TextContent);
    }

    [Fact]
    public void A_contact_name_with_markup_stays_text_in_arabic_too()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        try
        {
            var message = Outbound("text", new JsonObject { ["body"] = "<script>alert(1)</script>" }, DeliveryState.Read);
            var cut = Render<MessageBubble>(p => p.Add(b => b.Message, message).Add(b => b.Author, "<img src=x onerror=alert(1)>"));
            Assert.Empty(cut.FindAll("script, img"));
            Assert.Equal("<img src=x onerror=alert(1)>", cut.Find(".author").TextContent);
            Assert.Equal("قُرئت", cut.Find(".tick").GetAttribute("aria-label"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
