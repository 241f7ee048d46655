using Wasel.WhatsApp.BusinessProfile;
using Wasel.WhatsApp.Media;
using Wasel.WhatsApp.Validation;
using static Wasel.WhatsApp.Tests.Support.ValidationAssert;

namespace Wasel.WhatsApp.Tests.Validation;

public class UploadAndProfileValidationTests
{
    [Theory]
    [InlineData("image/png", 5 * 1024 * 1024)]
    [InlineData("audio/ogg; codecs=opus", 16 * 1024 * 1024)]
    [InlineData("video/mp4", 16 * 1024 * 1024)]
    [InlineData("application/pdf", 100 * 1024 * 1024)]
    [InlineData("image/webp", 500 * 1024)]
    public void Accepts_each_kind_at_its_maximum_size(string mime, long size) => Assert.Empty(WhatsAppValidator.ValidateUpload(mime, size));

    [Theory]
    [InlineData("image/jpeg", 5 * 1024 * 1024 + 1)]
    [InlineData("audio/mpeg", 16 * 1024 * 1024 + 1)]
    [InlineData("image/webp", 500 * 1024 + 1)]
    public void Rejects_files_over_the_kind_maximum(string mime, long size) =>
        SingleError(WhatsAppValidator.ValidateUpload(mime, size), "file");

    [Fact]
    public void Rejects_mime_type_whatsapp_does_not_take() =>
        SingleError(WhatsAppValidator.ValidateUpload("image/gif", 10), "type");

    [Fact]
    public void Rejects_mime_type_of_another_kind_than_intended() =>
        SingleError(WhatsAppValidator.ValidateUpload("image/png", 10, MediaKind.Sticker), "type");

    [Fact]
    public void Rejects_about_over_139_characters() =>
        SingleError(WhatsAppValidator.Validate(new BusinessProfileUpdate { About = new string('a', 140) }), "about");

    [Fact]
    public void Rejects_address_over_256_characters() =>
        SingleError(WhatsAppValidator.Validate(new BusinessProfileUpdate { Address = new string('a', 257) }), "address");

    [Fact]
    public void Rejects_description_over_512_characters() =>
        SingleError(WhatsAppValidator.Validate(new BusinessProfileUpdate { Description = new string('d', 513) }), "description");

    [Fact]
    public void Rejects_invalid_email() =>
        SingleError(WhatsAppValidator.Validate(new BusinessProfileUpdate { Email = "not-an-email" }), "email");

    [Fact]
    public void Rejects_more_than_two_websites() =>
        SingleError(WhatsAppValidator.Validate(new BusinessProfileUpdate { Websites = ["https://a.com", "https://b.com", "https://c.com"] }), "websites");

    [Fact]
    public void Rejects_website_that_is_not_a_url() =>
        SingleError(WhatsAppValidator.Validate(new BusinessProfileUpdate { Websites = ["luckyshrub"] }), "websites[0]");
}
