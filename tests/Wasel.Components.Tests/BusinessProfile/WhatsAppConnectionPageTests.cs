using Wasel.Agents;
using Wasel.BusinessProfile;
using Wasel.Components.Tests.Inbox.Settings;

namespace Wasel.Components.Tests.BusinessProfile;

public sealed class WhatsAppConnectionPageTests : SettingsPageContext
{
    [Fact]
    public async Task Shows_what_to_paste_into_meta_and_never_the_whole_token()
    {
        await SignInAsync(Roles.Admin);
        JSInterop.Mode = JSRuntimeMode.Loose;
        var page = Render<WhatsAppConnectionPage>();

        page.WaitForAssertion(() => Assert.Contains("http://localhost/webhooks/whatsapp", page.Markup));
        Assert.Contains("verify-me-7f3a", page.Markup);
        Assert.Contains("Meta's WhatsApp Cloud API", page.Markup);
        Assert.DoesNotContain("EAAGm0PX4ZCpsBAKZBexampletokenx1z9", page.Markup);
        Assert.Contains("EAAG••••x1z9", page.Markup);

        page.Find("button[aria-label='Copy the Callback URL']").Click();
        Assert.Equal("http://localhost/webhooks/whatsapp", JSInterop.Invocations["navigator.clipboard.writeText"].Single().Arguments[0]);
    }

    [Fact]
    public async Task The_connection_test_shows_success_or_the_errors_meaning()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<WhatsAppConnectionPage>();

        page.FindAll("button").Single(b => b.TextContent == "Test the connection").Click();
        page.WaitForAssertion(() => Assert.Contains("The connection works.", page.Markup));
        Assert.Contains("Dates &amp; Co", page.Markup);

        Graph.Failure = (401, 190, "Invalid OAuth access token - Cannot parse access token");
        page.FindAll("button").Single(b => b.TextContent == "Test the connection").Click();
        page.WaitForAssertion(() => Assert.Contains("Code 190", page.Find(".failure").TextContent));
        Assert.Contains("Invalid OAuth access token", page.Find(".failure").TextContent);
    }
}
