using Wasel.WhatsApp.Webhooks;

namespace Wasel.WhatsApp.Tests.Webhooks;

public class InboundSpecialParsingTests
{
    [Fact]
    public void Reads_unsupported_message_with_its_error()
    {
        var message = Fixture.Single<InboundMessage>("unsupported.json");

        Assert.Equal(InboundMessageKind.Unsupported, message.Kind);
        Assert.Equal("poll", message.Unsupported!.Type);
        var error = Assert.Single(message.Errors!);
        Assert.Equal(131051, error.Code);
        Assert.Equal("Message type unknown", error.Title);
        Assert.Equal("Message type is currently not supported.", error.ErrorData!.Details);
    }

    [Fact]
    public void Reads_changed_number_without_contacts()
    {
        var message = Fixture.Single<InboundMessage>("system-changed-number.json");

        Assert.Equal(InboundMessageKind.System, message.Kind);
        Assert.Equal("user_changed_number", message.System!.Type);
        Assert.Equal("966559876543", message.System.ChangedNumber);
        Assert.Null(message.Contact);
    }

    [Fact]
    public void Reads_identity_change()
    {
        var message = Fixture.Single<InboundMessage>("system-identity-changed.json");

        Assert.Equal("customer_identity_changed", message.System!.Type);
        Assert.True(message.Identity!.Acknowledged);
        Assert.Equal(Fixture.Unix(1764149000), message.Identity.CreatedTimestamp);
        Assert.Equal("h4Sh9zQ", message.Identity.Hash);
    }

    [Fact]
    public void Matches_username_only_sender_by_business_scoped_user_id()
    {
        var message = Fixture.Single<InboundMessage>("bsuid.json");

        Assert.Equal("", message.From);
        Assert.Equal("SA.29381746502918374650", message.FromUserId);
        Assert.Equal("Noura", message.Contact!.Profile!.Name);
        Assert.Equal("noura.designs", message.Contact.Profile.Username);
        Assert.Equal("SA.PARENT.88120394", message.Contact.ParentUserId);
        Assert.Equal("", message.Contact.WaId);
    }

    [Fact]
    public void Keeps_unknown_message_type_with_its_raw_json()
    {
        var message = Fixture.Single<InboundMessage>("unknown-message-type.json");

        Assert.Equal(InboundMessageKind.Unknown, message.Kind);
        Assert.Equal("hologram", message.Type);
        Assert.Equal("cube", message.UnknownMembers!["hologram"].GetProperty("shape").GetString());
        Assert.Equal("teal", message.Raw.GetProperty("hologram").GetProperty("colour").GetString());
        Assert.Contains("\"hologram\"", message.RawJson);
        Assert.Equal("Layla Haddad", message.Contact!.Profile!.Name);
    }

    [Fact]
    public void Keeps_unknown_field_as_unknown_change_with_raw_value()
    {
        var change = Fixture.Single<UnknownChange>("unknown-field.json");

        Assert.Equal("user_preferences", change.Field);
        Assert.Equal("309412748821563", change.WabaId);
        var preference = change.Raw.GetProperty("user_preferences")[0];
        Assert.Equal("stop", preference.GetProperty("value").GetString());
    }

    [Fact]
    public void Each_message_raw_json_is_that_message_only()
    {
        var message = Fixture.Single<InboundMessage>("text.json");

        Assert.Equal("text", message.Raw.GetProperty("type").GetString());
        Assert.False(message.Raw.TryGetProperty("metadata", out _));
    }
}
