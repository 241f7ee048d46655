using Wasel.WhatsApp.Webhooks;

namespace Wasel.WhatsApp.Tests.Webhooks;

public class InboundMediaParsingTests
{
    [Fact]
    public void Reads_text_with_sender_profile_metadata_and_timestamp()
    {
        var message = Fixture.Single<InboundMessage>("text.json");

        Assert.Equal(InboundMessageKind.Text, message.Kind);
        Assert.Equal("هل يتوفر بلون آخر؟", message.Text!.Body);
        Assert.Equal("966501234567", message.From);
        Assert.Equal("wamid.HBgMOTY2NTAxMjM0NTY3FQIAEhgUM0E5RjExQjc0QzE2RDIwQTQ1NkQA", message.Id);
        Assert.Equal(Fixture.Unix(1764150000), message.Timestamp);
        Assert.Equal("Layla Haddad", message.Contact!.Profile!.Name);
        Assert.Equal("309412748821563", message.WabaId);
        Assert.Equal("418273645509812", message.PhoneNumberId);
        Assert.Equal("966115550100", message.DisplayPhoneNumber);
        Assert.Equal("messages", message.Field);
    }

    [Fact]
    public void Reads_image_with_caption_hash_and_download_url()
    {
        var image = Fixture.Single<InboundMessage>("image.json").Image!;

        Assert.Equal("1184562093847712", image.Id);
        Assert.Equal("image/jpeg", image.MimeType);
        Assert.Equal("صورة الفاتورة", image.Caption);
        Assert.Equal("q8Yt0Vf3iRkNfJ0ylR6a0p3b5mD2xW9uE1cZ7gHsL4k=", image.Sha256);
        Assert.StartsWith("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1184562093847712", image.Url);
    }

    [Fact]
    public void Reads_voice_note_as_audio_with_voice_flag()
    {
        var message = Fixture.Single<InboundMessage>("audio-voice.json");

        Assert.Equal(InboundMessageKind.Audio, message.Kind);
        Assert.True(message.Audio!.Voice);
        Assert.Equal("audio/ogg; codecs=opus", message.Audio.MimeType);
        Assert.Equal("2039485761234509", message.Audio.Id);
    }

    [Fact]
    public void Reads_video_with_caption()
    {
        var video = Fixture.Single<InboundMessage>("video.json").Video!;

        Assert.Equal("5561203948571122", video.Id);
        Assert.Equal("video/mp4", video.MimeType);
        Assert.Equal("unboxing", video.Caption);
    }

    [Fact]
    public void Reads_document_with_file_name()
    {
        var document = Fixture.Single<InboundMessage>("document.json").Document!;

        Assert.Equal("order-1042.pdf", document.Filename);
        Assert.Equal("application/pdf", document.MimeType);
        Assert.Equal("Order list", document.Caption);
    }

    [Fact]
    public void Reads_animated_sticker()
    {
        var message = Fixture.Single<InboundMessage>("sticker.json");

        Assert.Equal(InboundMessageKind.Sticker, message.Kind);
        Assert.True(message.Sticker!.Animated);
        Assert.Equal("image/webp", message.Sticker.MimeType);
    }

    [Fact]
    public void Reads_location_with_coordinates_and_place()
    {
        var location = Fixture.Single<InboundMessage>("location.json").Location!;

        Assert.Equal(24.7136, location.Latitude);
        Assert.Equal(46.6753, location.Longitude);
        Assert.Equal("Kingdom Centre", location.Name);
        Assert.Equal("King Fahd Rd, Riyadh 12214", location.Address);
        Assert.Equal("https://maps.example.com/?cid=12345", location.Url);
    }

    [Fact]
    public void Reads_shared_contact_cards()
    {
        var card = Assert.Single(Fixture.Single<InboundMessage>("contacts.json").Contacts!);

        Assert.Equal("Omar Saleh", card.Name!.FormattedName);
        Assert.Equal("Omar", card.Name.FirstName);
        Assert.Equal(2, card.Phones!.Count);
        Assert.Equal("966509876543", card.Phones[0].WaId);
        Assert.Null(card.Phones[1].WaId);
        Assert.Equal("WORK", card.Phones[1].Type);
        Assert.Equal("omar@example.com", Assert.Single(card.Emails!).Email);
        Assert.Equal("Saleh Trading", card.Org!.Company);
        Assert.Equal("1990-04-12", card.Birthday);
    }

    [Fact]
    public void Keeps_media_download_error_on_the_message()
    {
        var message = Fixture.Single<InboundMessage>("media-download-error.json");

        var error = Assert.Single(message.Errors!);
        Assert.Equal(131052, error.Code);
        Assert.Equal("Downloading the media from the customer failed.", error.Description);
        Assert.Equal("9901827364510293", message.Image!.Id);
    }

    [Fact]
    public void Reads_order_with_product_items()
    {
        var order = Fixture.Single<InboundMessage>("order.json").Order!;

        Assert.Equal("884712365098341", order.CatalogId);
        Assert.Equal("please gift wrap", order.Text);
        Assert.Collection(order.ProductItems,
            item => Assert.Equal(("DATES-1KG", 2, 45.5m, "SAR"), (item.ProductRetailerId, item.Quantity, item.ItemPrice, item.Currency)),
            item => Assert.Equal(("COFFEE-250G", 1, 39m, "SAR"), (item.ProductRetailerId, item.Quantity, item.ItemPrice, item.Currency)));
    }
}
