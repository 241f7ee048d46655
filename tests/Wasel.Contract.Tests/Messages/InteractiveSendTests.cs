using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Messages;

namespace Wasel.Contract.Tests.Messages;

/// <summary>Reply buttons, lists and call-to-action URLs built by the client are accepted and recorded as sent.</summary>
public class InteractiveSendTests
{
    private const string Customer = "15550100002";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reply_buttons_with_an_uploaded_image_header_are_recorded_as_sent()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var image = await host.Client.UploadMediaAsync(SampleFiles.Bytes(32), "image/jpeg", "header.jpg", Token);
        var message = OutgoingMessage.Buttons(Customer, "Change or cancel your booking?",
            [ReplyButton.Create("change-button", "Change"), ReplyButton.Create("cancel-button", "Cancel")],
            InteractiveHeader.ForImage(MediaContent.FromId(image.Id)), "Booking A-17");

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
    }

    [Fact]
    public async Task List_with_two_sections_is_recorded_as_sent()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = OutgoingMessage.List(Customer, "Which shipping option do you prefer?", "Shipping options",
        [
            new ListSection
            {
                Title = "I want it ASAP!",
                Rows = [new ListRow { Id = "priority_express", Title = "Priority Mail Express", Description = "Next Day to 2 Days" }],
            },
            new ListSection
            {
                Title = "I can wait a bit",
                Rows =
                [
                    new ListRow { Id = "usps_ground", Title = "USPS Ground Advantage", Description = "2 to 5 Days" },
                    new ListRow { Id = "media_mail", Title = "Media Mail" },
                ],
            },
        ], headerText: "Shipping", footer: "Prices include tax");

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
    }

    [Fact]
    public async Task Call_to_action_url_is_recorded_as_sent()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = OutgoingMessage.CtaUrl(Customer, "Tap below to see the available dates.", "See Dates",
            "https://shop.example/dates?ref=wa", InteractiveHeader.ForText("Concert tickets"), "Limited seats");

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
    }
}
