using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Inbox.Chat;
using Wasel.Inbox.Live;

namespace Wasel.Components.Tests.Inbox;

public sealed class PresenceBannerTests : BunitContext
{
    public PresenceBannerTests() => Services.AddLocalization();

    private static PresentAgent Viewing(string name) => new(name.ToLowerInvariant(), name, PresenceActivity.Viewing);
    private static PresentAgent Typing(string name) => new(name.ToLowerInvariant(), name, PresenceActivity.Typing);

    private string Banner(params PresentAgent[] others) =>
        Render<PresenceBanner>(p => p.Add(b => b.Others, others)).Find("[role=status]").TextContent;

    [Fact]
    public void Names_who_is_viewing_and_who_is_typing_typists_first()
    {
        Assert.Equal("Sara is viewing", Banner(Viewing("Sara")));
        Assert.Equal("Sara and Omar are viewing", Banner(Viewing("Sara"), Viewing("Omar")));
        Assert.Equal("James, Sara and Omar are viewing", Banner(Viewing("James"), Viewing("Sara"), Viewing("Omar")));
        Assert.Equal("Sara is typing…", Banner(Typing("Sara")));
        Assert.Equal("Omar is typing… · James and Sara are viewing", Banner(Viewing("James"), Typing("Omar"), Viewing("Sara")));
    }

    [Fact]
    public void Is_a_polite_live_region_that_stays_in_the_page_empty_when_no_one_else_is_there()
    {
        var banner = Render<PresenceBanner>(p => p.Add(b => b.Others, []));
        var region = banner.Find("p.presence");
        Assert.Equal("status", region.GetAttribute("role"));
        Assert.Equal("polite", region.GetAttribute("aria-live"));
        Assert.Equal("", region.TextContent);

        banner.Render(p => p.Add(b => b.Others, [Typing("Sara")]));
        Assert.Equal("Sara is typing…", banner.Find("p.presence").TextContent);
    }

    [Fact]
    public void A_name_with_markup_stays_text()
    {
        const string payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        var banner = Render<PresenceBanner>(p => p.Add(b => b.Others, [Viewing(payload)]));
        Assert.Equal(payload + " is viewing", banner.Find("[role=status]").TextContent);
        Assert.Empty(banner.FindAll("img, script"));
        Assert.Equal(payload, banner.Find("bdi").TextContent);
    }

    [Fact]
    public void Speaks_arabic_with_each_name_isolated_for_right_to_left()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        try
        {
            Assert.Equal("سارة في المحادثة الآن", Banner(Viewing("سارة")));
            Assert.Equal("سارة وعمر في المحادثة الآن", Banner(Viewing("سارة"), Viewing("عمر")));
            Assert.Equal("James، سارة وعمر في المحادثة الآن", Banner(Viewing("James"), Viewing("سارة"), Viewing("عمر")));
            var mixed = Render<PresenceBanner>(p => p.Add(b => b.Others, [Typing("James Carter"), Viewing("سارة")]));
            Assert.Equal("James Carter: جارٍ الكتابة… · سارة في المحادثة الآن", mixed.Find("[role=status]").TextContent);
            Assert.Equal(["James Carter", "سارة"], mixed.FindAll("bdi").Select(b => b.TextContent));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
