using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Templates;

namespace Wasel.Contract.Tests.Messages;

/// <summary>Templates with media and location headers: the client's header parameters match what the sandbox expects.</summary>
public class MediaHeaderTemplateTests
{
    private const string Customer = "15550100061";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Formats => new() { "IMAGE", "VIDEO", "DOCUMENT", "LOCATION" };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Template_with_a_media_or_location_header_is_recorded_as_sent(string format)
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var name = "header_" + format.ToLowerInvariant();
        await SampleTemplates.CreateApprovedAsync(host, new TemplateDefinition
        {
            Name = name, Language = "en", Category = TemplateCategories.Utility,
            Components =
            [
                new() { Type = "HEADER", Format = format, Example = format == "LOCATION" ? null : new() { HeaderHandle = ["4::aW1hZ2UvcG5n:ARb"] } },
                new() { Type = "BODY", Text = "Your document for order {{1}} is attached here.", Example = new() { BodyText = [["A-17"]] } },
            ],
        });
        var header = format switch
        {
            "IMAGE" => TemplateParameter.ForImage(MediaContent.FromLink("https://cdn.example/a.png")),
            "VIDEO" => TemplateParameter.ForVideo(MediaContent.FromLink("https://cdn.example/a.mp4")),
            "DOCUMENT" => TemplateParameter.ForDocument(MediaContent.FromLink("https://cdn.example/a.pdf") with { Filename = "order.pdf" }),
            _ => TemplateParameter.ForLocation(new LocationContent { Latitude = 37.44216, Longitude = -122.16153, Name = "Shop", Address = "1 Main St" }),
        };
        var message = OutgoingMessage.Template(Customer, name, "en",
            TemplateComponent.Header(header), TemplateComponent.Body(TemplateParameter.ForText("A-17")));

        var result = await host.Client.SendAsync(message, Token);

        var recorded = host.AssertRecordedAsSent(message, result);
        Assert.Equal("Your document for order A-17 is attached here.", recorded.Rendered!["body"]!.GetValue<string>());
    }
}
