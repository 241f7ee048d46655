using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Validation;
using static Wasel.WhatsApp.Tests.Support.ValidationAssert;

namespace Wasel.WhatsApp.Tests.Validation;

public class InteractiveValidationTests
{
    private const string To = "16505551234";

    private static ReplyButton[] Buttons(int count) =>
        Enumerable.Range(0, count).Select(i => ReplyButton.Create($"id-{i}", $"Option {i}")).ToArray();

    private static ListRow[] Rows(int count, int start = 0) =>
        Enumerable.Range(start, count).Select(i => new ListRow { Id = $"row-{i}", Title = $"Row {i}" }).ToArray();

    private static OutgoingMessage ListOf(params ListSection[] sections) => OutgoingMessage.List(To, "Choose", "Options", sections);

    [Fact]
    public void Accepts_three_reply_buttons() =>
        Assert.Empty(WhatsAppValidator.Validate(OutgoingMessage.Buttons(To, "Pick", Buttons(3))));

    [Fact]
    public void Rejects_a_fourth_reply_button_naming_it()
    {
        var message = SingleError(WhatsAppValidator.Validate(OutgoingMessage.Buttons(To, "Pick", Buttons(4))), "interactive.action.buttons[3]");
        Assert.Contains("list", message);
    }

    [Fact]
    public void Rejects_button_title_over_20_characters() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Buttons(To, "Pick", [ReplyButton.Create("a", new string('t', 21))])),
            "interactive.action.buttons[0].reply.title");

    [Fact]
    public void Rejects_duplicate_button_ids() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Buttons(To, "Pick", [ReplyButton.Create("a", "One"), ReplyButton.Create("a", "Two")])),
            "interactive.action.buttons[1].reply.id");

    [Fact]
    public void Rejects_duplicate_button_titles() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Buttons(To, "Pick", [ReplyButton.Create("a", "Same"), ReplyButton.Create("b", "Same")])),
            "interactive.action.buttons[1].reply.title");

    [Fact]
    public void Rejects_button_body_over_1024_characters() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Buttons(To, new string('b', 1025), Buttons(1))), "interactive.body.text");

    [Fact]
    public void Rejects_footer_over_60_characters() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Buttons(To, "Pick", Buttons(1), footer: new string('f', 61))), "interactive.footer.text");

    [Fact]
    public void Rejects_text_header_over_60_characters() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Buttons(To, "Pick", Buttons(1), InteractiveHeader.ForText(new string('h', 61)))),
            "interactive.header.text");

    [Fact]
    public void Accepts_list_body_of_4096_characters() =>
        Assert.Empty(WhatsAppValidator.Validate(OutgoingMessage.List(To, new string('b', 4096), "Options", [new ListSection { Rows = Rows(1) }])));

    [Fact]
    public void Rejects_list_with_eleven_rows_across_sections() =>
        SingleError(WhatsAppValidator.Validate(ListOf(new ListSection { Title = "A", Rows = Rows(6) }, new ListSection { Title = "B", Rows = Rows(5, 6) })),
            "interactive.action.sections");

    [Fact]
    public void Rejects_list_without_sections() =>
        HasError(WhatsAppValidator.Validate(ListOf()), "interactive.action.sections");

    [Fact]
    public void Rejects_list_button_over_20_characters() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.List(To, "Choose", new string('b', 21), [new ListSection { Rows = Rows(1) }])),
            "interactive.action.button");

    [Fact]
    public void Rejects_row_title_over_24_characters() =>
        SingleError(WhatsAppValidator.Validate(ListOf(new ListSection { Rows = [new ListRow { Id = "r", Title = new string('t', 25) }] })),
            "interactive.action.sections[0].rows[0].title");

    [Fact]
    public void Rejects_row_description_over_72_characters() =>
        SingleError(WhatsAppValidator.Validate(ListOf(new ListSection { Rows = [new ListRow { Id = "r", Title = "t", Description = new string('d', 73) }] })),
            "interactive.action.sections[0].rows[0].description");

    [Fact]
    public void Rejects_row_id_over_200_characters() =>
        SingleError(WhatsAppValidator.Validate(ListOf(new ListSection { Rows = [new ListRow { Id = new string('i', 201), Title = "t" }] })),
            "interactive.action.sections[0].rows[0].id");

    [Fact]
    public void Rejects_section_title_over_24_characters() =>
        SingleError(WhatsAppValidator.Validate(ListOf(new ListSection { Title = new string('s', 25), Rows = Rows(1) })),
            "interactive.action.sections[0].title");

    [Fact]
    public void Rejects_media_header_on_list() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Interactive(To, new InteractiveContent
        {
            Type = "list", Header = InteractiveHeader.ForImage(MediaContent.FromId("1")), Body = new InteractiveText { Text = "Choose" },
            Action = new InteractiveAction { Button = "Options", Sections = [new ListSection { Rows = Rows(1) }] },
        })), "interactive.header.type");

    [Fact]
    public void Rejects_cta_display_text_over_20_characters() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.CtaUrl(To, "Body", new string('d', 21), "https://x.com")),
            "interactive.action.parameters.display_text");

    [Fact]
    public void Rejects_cta_url_that_is_not_https() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.CtaUrl(To, "Body", "Open", "http://x.com")),
            "interactive.action.parameters.url");
}
