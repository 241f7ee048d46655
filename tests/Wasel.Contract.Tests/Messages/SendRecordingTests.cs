using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Messages;

namespace Wasel.Contract.Tests.Messages;

/// <summary>Free-form messages built by the client are accepted inside the window and recorded exactly as sent.</summary>
public class SendRecordingTests
{
    private const string Customer = "15550100001";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Text_with_link_preview_is_recorded_as_sent()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = OutgoingMessage.Text("+" + Customer, "See https://shop.example/new", previewUrl: true);

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
        Assert.Equal(Customer, result.WaId);
        Assert.Equal("+" + Customer, result.Input);
        Assert.Null(result.MessageStatus);
    }

    public static TheoryData<string> MediaKinds => new() { "image", "document", "audio", "video", "sticker" };

    [Theory]
    [MemberData(nameof(MediaKinds))]
    public async Task Media_by_link_is_recorded_as_sent(string kind)
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = MediaMessage(kind, MediaContent.FromLink($"https://cdn.example/file-{kind}"));

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
    }

    [Theory]
    [MemberData(nameof(MediaKinds))]
    public async Task Media_by_uploaded_id_is_recorded_as_sent(string kind)
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var (mime, file) = SampleFiles.For(kind);
        var uploaded = await host.Client.UploadMediaAsync(SampleFiles.Bytes(64), mime, file, Token);
        var message = MediaMessage(kind, MediaContent.FromId(uploaded.Id));

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
    }

    [Fact]
    public async Task Location_is_recorded_as_sent()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = OutgoingMessage.Location(Customer, 37.44216, -122.16153, "Philz Coffee", "101 Forest Ave, Palo Alto");

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
    }

    [Fact]
    public async Task Contact_cards_are_recorded_as_sent()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = OutgoingMessage.ContactCards(Customer, new ContactCard
        {
            Name = new ContactName { FormattedName = "Barbara J. Johnson", FirstName = "Barbara", LastName = "Johnson" },
            Birthday = "1999-01-23",
            Phones = [new ContactPhone { Phone = "+19175559999", Type = "Mobile", WaId = "19175559999" }],
            Emails = [new ContactEmail { Email = "b@example.com", Type = "Work" }],
            Urls = [new ContactUrl { Url = "https://example.com", Type = "Company" }],
            Addresses = [new ContactAddress { Street = "1 Hacker Way", City = "Menlo Park", Zip = "94025", CountryCode = "US", Type = "Office" }],
            Org = new ContactOrg { Company = "Lucky Shrub", Department = "Legal", Title = "Counsel" },
        });

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
    }

    [Fact]
    public async Task Reaction_to_an_earlier_message_is_recorded_as_sent()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var earlier = await host.Client.SendAsync(OutgoingMessage.Text(Customer, "Your order is on its way"), Token);
        var message = OutgoingMessage.React(Customer, earlier.MessageId, "\U0001F44D");

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
    }

    [Fact]
    public async Task Contextual_reply_with_callback_data_is_recorded_with_both()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var earlier = await host.Client.SendAsync(OutgoingMessage.Text(Customer, "Which size?"), Token);
        var message = OutgoingMessage.Text(Customer, "Medium is in stock.").ReplyTo(earlier.MessageId).WithCallbackData("outbox-42");

        var result = await host.Client.SendAsync(message, Token);

        var recorded = host.AssertRecordedAsSent(message, result);
        Assert.Equal(earlier.MessageId, recorded.Body["context"]!["message_id"]!.GetValue<string>());
        Assert.Equal("outbox-42", recorded.BizOpaqueCallbackData);
    }

    private static OutgoingMessage MediaMessage(string kind, MediaContent media) => kind switch
    {
        "image" => OutgoingMessage.Image(Customer, media, "Our new shop front"),
        "document" => OutgoingMessage.Document(Customer, media, "Invoice", "invoice.pdf"),
        "audio" => OutgoingMessage.Audio(Customer, media, voice: true),
        "video" => OutgoingMessage.Video(Customer, media, "Unboxing"),
        "sticker" => OutgoingMessage.Sticker(Customer, media),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [Fact]
    public async Task Formatted_number_and_arabic_text_with_emoji_are_recorded_as_sent()
    {
        await using var host = await ContractHost.StartAsync();
        host.CustomerWhoJustWrote(Customer);
        var message = OutgoingMessage.Text("+1 (555) 010-0001", "مرحبا! طلبك جاهز \U0001F389");

        var result = await host.Client.SendAsync(message, Token);

        host.AssertRecordedAsSent(message, result);
        Assert.Equal((Customer, "+1 (555) 010-0001"), (result.WaId, result.Input));
    }
}
