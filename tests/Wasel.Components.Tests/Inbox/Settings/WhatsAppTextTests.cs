using Wasel.Inbox.Settings;

namespace Wasel.Components.Tests.Inbox.Settings;

public sealed class WhatsAppTextTests : BunitContext
{
    private string Html(string text) => Render<WhatsAppText>(p => p.Add(c => c.Text, text)).Find(".wa-text").InnerHtml;

    [Theory]
    [InlineData("*bold*", "<strong>bold</strong>")]
    [InlineData("_italic_ and ~gone~", "<em>italic</em> and <s>gone</s>")]
    [InlineData("```var x = *1*;```", "<code>var x = *1*;</code>")]
    [InlineData("*_both_*", "<strong><em>both</em></strong>")]
    [InlineData("عرض *خاص* اليوم", "عرض <strong>خاص</strong> اليوم")]
    public void Renders_whatsapp_formatting(string text, string html) => Assert.Equal(html, Html(text));

    [Theory]
    [InlineData("2*3*4")]
    [InlineData("snake_case_name")]
    [InlineData("* not bold *")]
    [InlineData("*opened\nclosed*")]
    [InlineData("**")]
    public void Leaves_markers_that_do_not_format_as_written(string text) => Assert.Equal(text, Render<WhatsAppText>(p => p.Add(c => c.Text, text)).Find(".wa-text").TextContent);

    [Fact]
    public void Markup_in_the_text_stays_text()
    {
        var html = Html("*<img src=x onerror=alert(1)>* <script>alert(2)</script>");

        Assert.StartsWith("<strong>&lt;img src=x onerror=alert(1)&gt;</strong>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script", html);
    }
}
