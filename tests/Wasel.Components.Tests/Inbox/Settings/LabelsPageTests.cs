using Wasel.Agents;
using Wasel.Inbox.Settings;

namespace Wasel.Components.Tests.Inbox.Settings;

public sealed class LabelsPageTests : SettingsPageContext
{
    [Fact]
    public async Task A_duplicate_name_is_shown_beside_the_name()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<LabelsPage>();

        page.Find("#label-name").Change("VIP");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains("VIP", page.Find("table").TextContent));
        page.Find("#label-name").Change("VIP");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("already exists", page.Find("#error-name").TextContent));
        Assert.Single(page.FindAll("tbody tr"));
    }
}
