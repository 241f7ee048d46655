using Wasel.WhatsApp.Messages;

namespace Wasel.WhatsApp.Tests.Messages;

public class RoundTripTests
{
    [Fact]
    public void Message_read_back_from_its_json_writes_the_same_json()
    {
        var message = OutgoingMessage.Template("+16505551234", "order_confirmation", "en_US",
                TemplateComponent.Header(TemplateParameter.ForLocation(new LocationContent { Latitude = 24.7136, Longitude = 46.6753, Name = "Riyadh" })),
                TemplateComponent.Body(TemplateParameter.Named("order_number", "A-1")),
                TemplateComponent.UrlButton(1, "track/A-1"))
            .WithCallbackData("outbox-9");

        var json = message.ToJson();
        var read = OutgoingMessage.FromJson(json);

        Assert.Equal(json, read.ToJson());
        Assert.Equal(1, read.TemplateContent!.Components![2].Index);
        Assert.Equal(24.7136, read.TemplateContent.Components[0].Parameters[0].Location!.Latitude);
    }

    [Fact]
    public void Interactive_list_round_trips()
    {
        var json = OutgoingMessage.List("1", "Pick", "Options", [new ListSection { Rows = [new ListRow { Id = "a", Title = "A" }] }]).ToJson();

        Assert.Equal(json, OutgoingMessage.FromJson(json).ToJson());
    }
}
