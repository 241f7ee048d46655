using System.Text;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.WhatsApp.Tests.Webhooks;

public class MalformedWebhookTests
{
    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("<html>502</html>", "not valid JSON")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[""", "not valid JSON")]
    [InlineData("[1,2,3]", "must be a JSON object")]
    [InlineData("null", "must be a JSON object, not null")]
    [InlineData("""{"entry":[]}""", "no \"object\" member")]
    [InlineData("""{"object":"page","entry":[]}""", "\"page\"")]
    [InlineData("""{"object":"whatsapp_business_account"}""", "no \"entry\" member")]
    [InlineData("""{"object":"whatsapp_business_account","entry":{}}""", "entry must be an array")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[42]}""", "entry[0] must be a JSON object")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"id":"1"}]}""", "entry[0] has no \"changes\" member")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{}}]}]}""", "entry[0].changes[0] has no \"field\"")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages"}]}]}""", "has no \"value\"")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messages":{}}}]}]}""", "value.messages must be an array")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messages":["hi"]}}]}]}""", "value.messages[0] must be a JSON object")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"statuses":[{"id":"w","timestamp":"yesterday"}]}}]}]}""", "statuses[0] does not have the documented shape")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"account_update","value":"oops"}]}]}""", "value must be a JSON object")]
    public void Throws_a_parse_exception_naming_the_problem(string body, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(body);

        var error = Assert.Throws<WebhookParseException>(() => WebhookParser.Parse(bytes));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Accepts_an_empty_entry_list()
    {
        var notification = WebhookParser.Parse("""{"object":"whatsapp_business_account","entry":[]}""");

        Assert.Empty(notification.Events);
        Assert.Empty(notification.Entries);
    }
}
