using Wasel.Agents;
using Wasel.Components.Tests.Inbox.Settings;
using Wasel.Routing;

namespace Wasel.Components.Tests.Routing;

public sealed class BusinessHoursPageTests : SettingsPageContext
{
    [Fact]
    public async Task Starts_always_open_and_names_a_bad_time_zone_and_an_interval_across_midnight()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessHoursPage>();
        page.WaitForAssertion(() => Assert.Equal(14, page.FindAll("input[type=time]").Count)); // 00:00–00:00 every day
        Assert.Contains("Open now", page.Find(".now").TextContent);

        page.Find("#time-zone").Change("Riyadh");
        page.FindAll("input[type=time]")[0].Change("22:00");
        page.FindAll("input[type=time]")[1].Change("02:00");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("IANA", page.Find("#error-timeZoneId").TextContent));
        var crossing = page.FindAll(".field-error").Select(e => e.TextContent).Single(t => t.Contains("crosses midnight"));
        Assert.Contains("22:00–02:00", crossing);
    }

    [Fact]
    public async Task Saves_a_closed_day_and_a_holiday()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessHoursPage>();
        page.WaitForAssertion(() => Assert.Equal(14, page.FindAll("input[type=time]").Count));

        page.Find("#time-zone").Change("Asia/Riyadh");
        page.FindAll("button[aria-label^='Remove these hours']")[0].Click();
        page.Find("#holiday").Change("2026-12-02");
        page.FindAll("button").Single(b => b.TextContent == "Add holiday").Click();
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Saved.", page.Find(".saved").TextContent));
        Assert.Equal(12, page.FindAll("input[type=time]").Count);
        Assert.Single(page.FindAll(".holidays li"));
        Assert.Contains("Closed", page.Find(".closed").TextContent);
    }
}
