using Wasel.WhatsApp.Messages;
using static Wasel.WhatsApp.Tests.Support.JsonAssert;

namespace Wasel.WhatsApp.Tests.Messages;

public class InteractiveSerializationTests
{
    [Fact]
    public void Reply_buttons_with_image_header_and_footer() => Serializes(
        OutgoingMessage.Buttons("+16505551234", "Change or cancel?",
            [ReplyButton.Create("change-button", "Change"), ReplyButton.Create("cancel-button", "Cancel")],
            InteractiveHeader.ForImage(MediaContent.FromId("2762702990552401")), "Lucky Shrub"),
        """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"interactive",
         "interactive":{"type":"button","header":{"type":"image","image":{"id":"2762702990552401"}},
           "body":{"text":"Change or cancel?"},"footer":{"text":"Lucky Shrub"},
           "action":{"buttons":[{"type":"reply","reply":{"id":"change-button","title":"Change"}},
                                {"type":"reply","reply":{"id":"cancel-button","title":"Cancel"}}]}}}
        """);

    [Fact]
    public void List_with_sections_and_rows() => Serializes(
        OutgoingMessage.List("+16505551234", "Pick a shipping option", "Shipping Options",
            [new ListSection { Title = "I want it ASAP!", Rows = [new ListRow { Id = "priority_express", Title = "Priority Mail Express", Description = "Next Day" }] }],
            headerText: "Shipping", footer: "Prices include tax"),
        """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"interactive",
         "interactive":{"type":"list","header":{"type":"text","text":"Shipping"},"body":{"text":"Pick a shipping option"},
           "footer":{"text":"Prices include tax"},
           "action":{"button":"Shipping Options","sections":[{"title":"I want it ASAP!",
             "rows":[{"id":"priority_express","title":"Priority Mail Express","description":"Next Day"}]}]}}}
        """);

    [Fact]
    public void Cta_url() => Serializes(
        OutgoingMessage.CtaUrl("+16505551234", "Tap to see dates", "See Dates", "https://x.com/dates", InteractiveHeader.ForText("Tour")),
        """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"interactive",
         "interactive":{"type":"cta_url","header":{"type":"text","text":"Tour"},"body":{"text":"Tap to see dates"},
           "action":{"name":"cta_url","parameters":{"display_text":"See Dates","url":"https://x.com/dates"}}}}
        """);
}
