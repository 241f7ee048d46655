using Wasel.WhatsApp.Messages;
using static Wasel.WhatsApp.Tests.Support.JsonAssert;

namespace Wasel.WhatsApp.Tests.Messages;

public class SerializationTests
{
    private const string To = "+16505551234";

    [Fact]
    public void Text_with_preview_matches_meta_shape() => Serializes(
        OutgoingMessage.Text(To, "Hi https://x.y", previewUrl: true),
        """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"text","text":{"preview_url":true,"body":"Hi https://x.y"}}""");

    [Fact]
    public void Text_omits_unset_optional_fields() => Serializes(
        OutgoingMessage.Text(To, "Hello"),
        """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"text","text":{"body":"Hello"}}""");

    [Fact]
    public void Reply_context_and_callback_data_are_in_the_envelope() => Serializes(
        OutgoingMessage.Text(To, "Yes").ReplyTo("wamid.HBgL").WithCallbackData("order-7"),
        """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","context":{"message_id":"wamid.HBgL"},"biz_opaque_callback_data":"order-7","type":"text","text":{"body":"Yes"}}""");

    [Fact]
    public void Image_by_id_with_caption() => Serializes(
        OutgoingMessage.Image(To, MediaContent.FromId("1479537139650973"), "A cat"),
        """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"image","image":{"id":"1479537139650973","caption":"A cat"}}""");

    [Fact]
    public void Document_by_link_with_filename() => Serializes(
        OutgoingMessage.Document(To, MediaContent.FromLink("https://example.com/i.pdf"), "Invoice", "invoice.pdf"),
        """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"document","document":{"link":"https://example.com/i.pdf","caption":"Invoice","filename":"invoice.pdf"}}""");

    [Fact]
    public void Audio_as_voice_note() => Serializes(
        OutgoingMessage.Audio(To, MediaContent.FromId("1013859600285441"), voice: true),
        """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"audio","audio":{"id":"1013859600285441","voice":true}}""");

    [Fact]
    public void Video_and_sticker()
    {
        Serializes(OutgoingMessage.Video(To, MediaContent.FromLink("https://example.com/v.mp4"), "Clip"),
            """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"video","video":{"link":"https://example.com/v.mp4","caption":"Clip"}}""");
        Serializes(OutgoingMessage.Sticker(To, MediaContent.FromId("1013859600285441")),
            """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"sticker","sticker":{"id":"1013859600285441"}}""");
    }

    [Fact]
    public void Location_writes_coordinates_as_strings() => Serializes(
        OutgoingMessage.Location(To, 37.44216, -122.16153, "Philz", "101 Forest Ave"),
        """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"location","location":{"latitude":"37.44216","longitude":"-122.16153","name":"Philz","address":"101 Forest Ave"}}""");

    [Fact]
    public void Reaction_and_removal() => Serializes(
        OutgoingMessage.React(To, "wamid.HBgL", ""),
        """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"reaction","reaction":{"message_id":"wamid.HBgL","emoji":""}}""");

    [Fact]
    public void Contacts_card() => Serializes(
        OutgoingMessage.ContactCards(To, new ContactCard
        {
            Name = new ContactName { FormattedName = "Barbara J. Johnson", FirstName = "Barbara", LastName = "Johnson" },
            Birthday = "1999-01-23",
            Phones = [new ContactPhone { Phone = "+19175559999", Type = "Mobile", WaId = "19175559999" }],
            Emails = [new ContactEmail { Email = "b@x.com", Type = "Work" }],
            Urls = [new ContactUrl { Url = "https://x.com", Type = "Company" }],
            Addresses = [new ContactAddress { Street = "1 Hacker Way", City = "Menlo Park", Zip = "94025", CountryCode = "US", Type = "Office" }],
            Org = new ContactOrg { Company = "Lucky Shrub", Department = "Legal", Title = "Counsel" },
        }),
        """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"contacts","contacts":[
          {"name":{"formatted_name":"Barbara J. Johnson","first_name":"Barbara","last_name":"Johnson"},"birthday":"1999-01-23",
           "phones":[{"phone":"+19175559999","type":"Mobile","wa_id":"19175559999"}],"emails":[{"email":"b@x.com","type":"Work"}],
           "urls":[{"url":"https://x.com","type":"Company"}],
           "addresses":[{"street":"1 Hacker Way","city":"Menlo Park","zip":"94025","country_code":"US","type":"Office"}],
           "org":{"company":"Lucky Shrub","department":"Legal","title":"Counsel"}}]}
        """);

    [Fact]
    public void Mark_read_with_typing_indicator() => Equivalent(
        """{"messaging_product":"whatsapp","status":"read","message_id":"wamid.HBgL","typing_indicator":{"type":"text"}}""",
        System.Text.Json.JsonSerializer.Serialize(new ReadReceipt { MessageId = "wamid.HBgL", TypingIndicator = new TypingIndicator() },
            Wasel.WhatsApp.Json.WhatsAppJsonContext.Default.ReadReceipt));
}
