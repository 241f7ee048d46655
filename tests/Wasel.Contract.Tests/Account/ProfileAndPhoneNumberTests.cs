using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.BusinessProfile;
using Wasel.WhatsApp.Errors;

namespace Wasel.Contract.Tests.Account;

/// <summary>Business profile and phone-number fields read and written through the client against the sandbox.</summary>
public class ProfileAndPhoneNumberTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Profile_update_is_read_back_including_the_vertical()
    {
        await using var host = await ContractHost.StartAsync();
        var update = new BusinessProfileUpdate
        {
            About = "Succulent specialists!",
            Address = "1 Hacker Way, Menlo Park, CA 94025",
            Description = "Plants delivered to your door.",
            Email = "hello@luckyshrub.example",
            Websites = ["https://luckyshrub.example/", "https://shop.luckyshrub.example/"],
            Vertical = BusinessVertical.Retail,
        };

        await host.Client.UpdateBusinessProfileAsync(update, Token);
        var profile = await host.Client.GetBusinessProfileAsync(Token);

        Assert.Equal(update.About, profile.About);
        Assert.Equal(update.Address, profile.Address);
        Assert.Equal(update.Description, profile.Description);
        Assert.Equal(update.Email, profile.Email);
        Assert.Equal(update.Websites, profile.Websites);
        Assert.Equal(BusinessVertical.Retail, profile.Vertical);
    }

    [Fact]
    public async Task Uploaded_profile_picture_is_served_at_the_profile_picture_url()
    {
        await using var host = await ContractHost.StartAsync();
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 74, 70, 73, 70, 0, 1];

        await host.Client.SetProfilePictureAsync(jpeg, "image/jpeg", "shop.jpg", Token);
        var profile = await host.Client.GetBusinessProfileAsync(Token);

        using var anonymous = new HttpClient();
        Assert.Equal(jpeg, await anonymous.GetByteArrayAsync(profile.ProfilePictureUrl, Token));
    }

    [Fact]
    public async Task A_handle_the_sandbox_never_issued_is_refused_with_code_100()
    {
        await using var host = await ContractHost.StartAsync();

        var exception = await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.SetProfilePictureAsync("4::aW1hZ2UvanBlZw==:ARZ", Token));

        Assert.Equal(100, exception.Error.Code);
    }

    [Fact]
    public async Task Partial_update_changes_only_the_fields_given()
    {
        await using var host = await ContractHost.StartAsync();
        await host.Client.UpdateBusinessProfileAsync(new BusinessProfileUpdate { About = "First", Vertical = BusinessVertical.Restaurant }, Token);

        await host.Client.UpdateBusinessProfileAsync(new BusinessProfileUpdate { Email = "desk@example.com" }, Token);
        var profile = await host.Client.GetBusinessProfileAsync(Token);

        Assert.Equal(("First", BusinessVertical.Restaurant, "desk@example.com"), (profile.About, profile.Vertical, profile.Email));
    }

    [Fact]
    public async Task Phone_number_reports_quality_tier_and_throughput()
    {
        await using var host = await ContractHost.StartAsync(o => { o.ThroughputLevel = "HIGH"; o.VerifiedName = "Lucky Shrub"; });

        var phone = await host.Client.GetPhoneNumberAsync(cancellationToken: Token);

        Assert.Equal(host.Settings.PhoneNumberId, phone.Id);
        Assert.Equal(host.Settings.DisplayPhoneNumber, phone.DisplayPhoneNumber);
        Assert.Equal("Lucky Shrub", phone.VerifiedName);
        Assert.Equal("GREEN", phone.QualityRating);
        Assert.Equal("TIER_250", phone.MessagingLimitTier);
        Assert.Equal("TIER_250", phone.WhatsappBusinessManagerMessagingLimit);
        Assert.Equal("HIGH", phone.Throughput!.Level);
        Assert.Equal(("VERIFIED", "APPROVED", "CLOUD_API", "CONNECTED"), (phone.CodeVerificationStatus, phone.NameStatus, phone.PlatformType, phone.Status));
    }

    [Fact]
    public async Task Phone_number_with_only_some_fields_returns_those_and_the_id()
    {
        await using var host = await ContractHost.StartAsync();

        var phone = await host.Client.GetPhoneNumberAsync(["quality_rating"], Token);

        Assert.Equal(host.Settings.PhoneNumberId, phone.Id);
        Assert.Equal("GREEN", phone.QualityRating);
        Assert.Null(phone.DisplayPhoneNumber);
    }
}
