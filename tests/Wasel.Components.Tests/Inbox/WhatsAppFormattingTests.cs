using Wasel.Inbox.Chat;

namespace Wasel.Components.Tests.Inbox;

public sealed class WhatsAppFormattingTests : BunitContext
{
    [Fact]
    public void Parses_bold_italic_strike_mono_and_nesting()
    {
        var nodes = WhatsAppFormatting.Parse("*bold _both_* ~gone~ ```a*b*c```");
        var bold = Assert.IsType<StyledText>(nodes[0]);
        Assert.Equal(TextStyle.Bold, bold.Style);
        Assert.Equal(TextStyle.Italic, Assert.IsType<StyledText>(bold.Children[1]).Style);
        Assert.Equal(TextStyle.Strike, Assert.IsType<StyledText>(nodes[2]).Style);
        Assert.Equal("a*b*c", Assert.IsType<MonoText>(nodes[4]).Text);
    }

    [Theory]
    [InlineData("2*3*4")]
    [InlineData("snake_case_name")]
    [InlineData("* not bold *")]
    [InlineData("*open only")]
    public void Leaves_markers_inside_words_or_unclosed_as_typed(string text)
    {
        var node = Assert.Single(WhatsAppFormatting.Parse(text));
        Assert.Equal(text, Assert.IsType<PlainText>(node).Text);
    }

    [Fact]
    public void Renders_formatting_as_elements_and_links_safely()
    {
        var cut = Render<FormattedText>(p => p.Add(t => t.Text, "Hi *Sara*,\nsee https://example.com/track?id=1. _Thanks_"));
        cut.MarkupMatches("Hi <strong>Sara</strong>,<br>see <a href=\"https://example.com/track?id=1\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">https://example.com/track?id=1</a>. <em>Thanks</em>");
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("*<b onmouseover=alert(1)>bold</b>*")]
    [InlineData("javascript:alert(1) http://x\"onmouseover=\"alert(1)")]
    public void Markup_in_a_message_stays_text(string payload)
    {
        var cut = Render<FormattedText>(p => p.Add(t => t.Text, payload));
        Assert.Empty(cut.FindAll("img, script, b"));
        Assert.All(cut.FindAll("*"), e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(payload.Trim('*'), string.Concat(cut.Nodes.Select(n => n.TextContent)));
    }
}

public sealed class PreviewTests
{
    [Fact]
    public void A_preview_is_one_line_of_plain_text_in_its_own_direction()
    {
        Assert.Equal("Order shipped today", Preview.Flatten("*Order* _shipped_\ntoday"));
        Assert.Equal("rtl", Preview.DirectionOf("  123 طلبي"));
        Assert.Equal("ltr", Preview.DirectionOf("Hello طلبي"));
        Assert.Equal(121, Preview.Flatten(new string('a', 300)).Length);
    }
}
