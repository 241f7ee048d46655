using Wasel.WhatsApp.Webhooks;

namespace Wasel.WhatsApp.Tests.Webhooks;

public class StatusParsingTests
{
    private const string SentId = "wamid.HBgMOTY2NTAxMjM0NTY3FQIAERgSNTQzMjEwRkVEQ0JBOTg3NjU0AA==";

    [Fact]
    public void Reads_sent_status_with_conversation_and_per_message_pricing()
    {
        var status = Fixture.Single<MessageStatus>("status-sent-pmp.json");

        Assert.Equal(SentId, status.Id);
        Assert.Equal(DeliveryState.Sent, status.State);
        Assert.Equal(Fixture.Unix(1764150400), status.Timestamp);
        Assert.Equal("966501234567", status.RecipientId);
        Assert.Equal("campaign:winter-42", status.BizOpaqueCallbackData);
        Assert.Equal("9b1d4c0e7a2f48c5a6e3d2b1f0e9d8c7", status.Conversation!.Id);
        Assert.Equal(Fixture.Unix(1764236800), status.Conversation.ExpirationTimestamp);
        Assert.Equal("marketing", status.Conversation.Origin!.Type);
        Assert.Equal(true, status.Pricing!.Billable);
        Assert.Equal("PMP", status.Pricing.PricingModel);
        Assert.Equal("regular", status.Pricing.Type);
        Assert.Equal("marketing", status.Pricing.Category);
        Assert.Equal("418273645509812", status.PhoneNumberId);
        Assert.Null(status.Errors);
    }

    [Fact]
    public void Reads_delivered_status_with_conversation_based_pricing()
    {
        var status = Fixture.Single<MessageStatus>("status-delivered-cbp.json");

        Assert.Equal(DeliveryState.Delivered, status.State);
        Assert.Null(status.Conversation!.ExpirationTimestamp);
        Assert.Equal("service", status.Conversation.Origin!.Type);
        Assert.Equal("CBP", status.Pricing!.PricingModel);
        Assert.Null(status.Pricing.Type);
        Assert.Equal("service", status.Pricing.Category);
    }

    [Fact]
    public void Reads_failed_status_with_its_errors()
    {
        var status = Fixture.Single<MessageStatus>("status-failed.json");

        Assert.Equal(DeliveryState.Failed, status.State);
        var error = Assert.Single(status.Errors!);
        Assert.Equal(131049, error.Code);
        Assert.Equal("This message was not delivered to maintain healthy ecosystem engagement.", error.Title);
        Assert.Equal(error.Title, error.Message);
        Assert.Equal("In order to maintain a healthy ecosystem engagement, the message failed to be delivered.", error.ErrorData!.Details);
        Assert.Equal("/documentation/business-messaging/whatsapp/support/error-codes", error.Href);
    }

    [Fact]
    public void Reads_group_recipient_and_participant()
    {
        var status = Fixture.Single<MessageStatus>("status-group-read.json");

        Assert.Equal(DeliveryState.Read, status.State);
        Assert.Equal("group", status.RecipientType);
        Assert.Equal("120363041234567890", status.RecipientId);
        Assert.Equal("966559876543", status.RecipientParticipantId);
    }

    [Fact]
    public void Keeps_unknown_status_value_and_members()
    {
        var status = Fixture.Single<MessageStatus>("status-unknown-value.json");

        Assert.Equal(DeliveryState.Unknown, status.State);
        Assert.Equal("warning", status.Status);
        Assert.Equal("future", status.UnknownMembers!["new_member"].GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("played", DeliveryState.Played)]
    [InlineData("read", DeliveryState.Read)]
    [InlineData("deleted", DeliveryState.Unknown)]
    public void Maps_status_strings_to_states(string wire, DeliveryState expected) =>
        Assert.Equal(expected, new MessageStatus { Status = wire }.State);

    [Fact]
    public void Reads_value_level_errors_as_an_error_report()
    {
        var report = Fixture.Single<WebhookErrorReport>("value-errors.json");

        var error = Assert.Single(report.Errors);
        Assert.Equal(131000, error.Code);
        Assert.Equal("Unknown error while processing the app's webhook subscription.", error.Description);
        Assert.Equal("418273645509812", report.PhoneNumberId);
    }
}
