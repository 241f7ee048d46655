using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Validation;
using static Wasel.WhatsApp.Tests.Support.ValidationAssert;

namespace Wasel.WhatsApp.Tests.Validation;

public class MessageValidationTests
{
    private const string To = "16505551234";

    [Fact]
    public void Accepts_text_of_4096_characters() =>
        Assert.Empty(WhatsAppValidator.Validate(OutgoingMessage.Text(To, new string('a', 4096))));

    [Fact]
    public void Rejects_text_body_over_4096_characters()
    {
        var message = SingleError(WhatsAppValidator.Validate(OutgoingMessage.Text(To, new string('a', 4097))), "text.body");
        Assert.Contains("4096", message);
    }

    [Fact]
    public void Rejects_empty_text_body() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Text(To, "")), "text.body");

    [Fact]
    public void Rejects_missing_recipient() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Text("", "hi")), "to");

    [Fact]
    public void Rejects_media_with_both_id_and_link() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Image(To, new MediaContent { Id = "1", Link = "https://x/y.png" })), "image");

    [Fact]
    public void Rejects_media_with_neither_id_nor_link() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Video(To, new MediaContent())), "video");

    [Fact]
    public void Rejects_media_link_that_is_not_https() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Image(To, MediaContent.FromLink("http://x/y.png"))), "image.link");

    [Fact]
    public void Rejects_caption_over_1024_characters() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Image(To, MediaContent.FromId("1"), new string('c', 1025))), "image.caption");

    [Fact]
    public void Rejects_caption_on_sticker() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Sticker(To, MediaContent.FromId("1") with { Caption = "x" })), "sticker.caption");

    [Fact]
    public void Rejects_filename_on_image() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Image(To, MediaContent.FromId("1") with { Filename = "a.png" })), "image.filename");

    [Fact]
    public void Rejects_latitude_out_of_range() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Location(To, 91, 0)), "location.latitude");

    [Fact]
    public void Rejects_contact_without_formatted_name() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.ContactCards(To, new ContactCard { Name = new ContactName { FormattedName = "" } })),
            "contacts[0].name.formatted_name");

    [Fact]
    public void Rejects_reaction_sent_as_reply() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.React(To, "wamid.1", "👍").ReplyTo("wamid.1")), "context");

    [Fact]
    public void Rejects_callback_data_over_512_characters() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Text(To, "hi").WithCallbackData(new string('x', 513))), "biz_opaque_callback_data");

    [Fact]
    public void Rejects_type_without_its_content_object() =>
        SingleError(WhatsAppValidator.Validate(new OutgoingMessage { To = To, Type = MessageTypes.Image }), "image");

    [Fact]
    public void Rejects_a_second_content_object() =>
        SingleError(WhatsAppValidator.Validate(OutgoingMessage.Text(To, "hi") with { ImageContent = MediaContent.FromId("1") }), "image");

    [Fact]
    public void Rejects_unknown_type() =>
        SingleError(WhatsAppValidator.Validate(new OutgoingMessage { To = To, Type = "poll" }), "type");
}
