using Wasel.Agents;
using Wasel.BusinessProfile;
using Wasel.Components.Tests.Inbox.Settings;

namespace Wasel.Components.Tests.BusinessProfile;

public sealed class BusinessProfilePageTests : SettingsPageContext
{
    [Fact]
    public async Task Shows_the_profile_and_the_numbers_name_quality_and_verification()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessProfilePage>();

        page.WaitForAssertion(() => Assert.Equal("Fresh dates every day", page.Find("#about").GetAttribute("value")));
        Assert.Contains("Dates & Co", page.Markup.Replace("&amp;", "&"));
        Assert.Contains("High (green)", page.Find(".quality").TextContent);
        Assert.Contains("Verified", page.Markup);
        Assert.Equal("Grocery", page.Find("#vertical").GetAttribute("value"));
        Assert.Contains("https://pps.whatsapp.net/v/photo.jpg", page.Markup);
    }

    [Fact]
    public async Task Shows_the_client_validations_errors_beside_each_field_and_sends_nothing()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessProfilePage>();
        page.WaitForAssertion(() => page.Find("#about"));

        page.Find("#email").Change("not-an-email");
        page.Find("#website-0").Change("ftp://files.example");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("name@example.com", page.Find("#error-email").TextContent));
        Assert.Contains("http", page.Find("#error-websites-0-").TextContent);
        Assert.Equal("true", page.Find("#website-0").GetAttribute("aria-invalid"));
        Assert.Empty(Graph.Posts);
    }

    [Fact]
    public async Task Saves_to_the_cloud_api()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessProfilePage>();
        page.WaitForAssertion(() => page.Find("#about"));

        page.Find("#about").Input("تمور طازجة كل يوم");
        page.Find("#website-1").Change("https://dates.example/ar");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Saved to WhatsApp", page.Find(".saved").TextContent));
        Assert.Contains("https://dates.example/ar", Assert.Single(Graph.Posts));
        Assert.Equal("تمور طازجة كل يوم", Graph.Profile["about"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failing_cloud_api_is_explained()
    {
        Graph.Failure = (401, 190, "Invalid OAuth access token - Cannot parse access token");
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessProfilePage>();

        page.WaitForAssertion(() => Assert.Contains("token", page.Find("[role=alert]").TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.FindAll("#about"));
    }
}
