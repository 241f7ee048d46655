using System.Globalization;
using Wasel.Agents;
using Wasel.Inbox.Settings;

namespace Wasel.Components.Tests.Inbox.Settings;

public sealed class CannedResponsesPageTests : SettingsPageContext
{
    [Fact]
    public async Task Shows_each_invalid_fields_message_beside_it()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<CannedResponsesPage>();

        page.Find("#shortcut").Change("order status");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("letters, digits", page.Find("#error-shortcut").TextContent));
        Assert.Equal("true", page.Find("#shortcut").GetAttribute("aria-invalid"));
        Assert.Contains("error-shortcut", page.Find("#shortcut").GetAttribute("aria-describedby"));
        Assert.Contains("Write the text", page.Find("#error-text").TextContent);
    }

    [Fact]
    public async Task A_created_response_is_listed_and_its_text_stays_text()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<CannedResponsesPage>();

        page.Find("#shortcut").Change("Thanks");
        page.Find("#text").Input("<script>alert(1)</script> *Thank you*");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("/thanks", page.Find("table").TextContent));
        Assert.Empty(page.FindAll("table script"));
        Assert.Contains("&lt;script&gt;", page.Find("td.text").InnerHtml);
    }

    [Fact]
    public async Task A_non_admin_sees_the_refusal_and_no_list()
    {
        await SignInAsync(Roles.Agent);
        var page = Render<CannedResponsesPage>();

        page.WaitForAssertion(() => Assert.Contains("Only an admin", page.Find("[role=alert]").TextContent));
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public async Task Speaks_arabic()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        try
        {
            await SignInAsync(Roles.Admin);
            var page = Render<CannedResponsesPage>();
            page.Find("form").Submit();
            page.WaitForAssertion(() => Assert.Contains("اكتب النص", page.Find("#error-text").TextContent));
            Assert.Contains("الردود الجاهزة", page.Find("h1").TextContent);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
