namespace Wasel.WhatsApp.Tests;

public class OptionsTests
{
    [Fact]
    public void Defaults_point_at_meta()
    {
        var options = new WhatsAppOptions();
        Assert.Equal("graph.facebook.com", options.BaseUrl.Host);
    }
}
