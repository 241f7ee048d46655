using System.Text;
using System.Text.Json.Nodes;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.WhatsApp.Tests.Webhooks;

public class WebhookEnvelopeTests
{
    [Fact]
    public void Yields_every_event_of_a_batched_payload_in_order()
    {
        var notification = Fixture.Parse("batched.json");

        Assert.Equal(2, notification.Entries.Count);
        Assert.Equal(2, notification.Entries[0].Changes.Count);
        Assert.Collection(notification.Events,
            e => Assert.Equal(("wamid.batch.1", "Layla Haddad"), Message(e)),
            e => Assert.Equal(("wamid.batch.2", "Fahad Qasim"), Message(e)),
            e => Assert.Equal(("wamid.batch.out.1", DeliveryState.Delivered), Status(e)),
            e => Assert.Equal(("wamid.batch.out.2", DeliveryState.Read), Status(e)),
            e =>
            {
                var update = Assert.IsType<TemplateStatusUpdate>(e);
                Assert.Equal(("APPROVED", "NONE", "551234987612345"), (update.Event, update.Reason, update.WabaId));
            });
        Assert.Equal(notification.Events.Take(2), notification.Entries[0].Changes[0].Events);
    }

    private static (string, string?) Message(WebhookEvent e)
    {
        var message = Assert.IsType<InboundMessage>(e);
        return (message.Id, message.Contact?.Profile?.Name);
    }

    private static (string, DeliveryState) Status(WebhookEvent e)
    {
        var status = Assert.IsType<MessageStatus>(e);
        return (status.Id, status.State);
    }

    [Fact]
    public void Parses_a_batch_of_a_thousand_statuses()
    {
        var statuses = new JsonArray();
        for (var i = 0; i < 1000; i++)
            statuses.Add(new JsonObject
            {
                ["id"] = $"wamid.bulk.{i}", ["status"] = i % 2 == 0 ? "delivered" : "read",
                ["timestamp"] = (1764150000 + i).ToString(), ["recipient_id"] = $"9665{i:D8}",
            });
        var body = new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = "309412748821563",
                ["changes"] = new JsonArray(new JsonObject
                {
                    ["field"] = "messages",
                    ["value"] = new JsonObject { ["messaging_product"] = "whatsapp", ["statuses"] = statuses },
                }),
            }),
        };

        var events = WebhookParser.Parse(Encoding.UTF8.GetBytes(body.ToJsonString())).Events;

        Assert.Equal(1000, events.Count);
        var last = Assert.IsType<MessageStatus>(events[999]);
        Assert.Equal(("wamid.bulk.999", DeliveryState.Read, "966500000999"), (last.Id, last.State, last.RecipientId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764150999), last.Timestamp);
    }

    [Fact]
    public void Parses_the_same_body_from_text_and_from_bytes()
    {
        var fromText = WebhookParser.Parse(Encoding.UTF8.GetString(Fixture.Bytes("text.json")));

        Assert.Equal("هل يتوفر بلون آخر؟", Assert.IsType<InboundMessage>(Assert.Single(fromText.Events)).Text!.Body);
    }

    [Fact]
    public void Keeps_a_messages_change_with_nothing_known_in_it()
    {
        var body = """{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","message_echoes":[{"id":"x"}]}}]}]}""";

        var change = Assert.IsType<UnknownChange>(Assert.Single(WebhookParser.Parse(body).Events));

        Assert.Equal("x", change.Raw.GetProperty("message_echoes")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Accepts_numbers_where_meta_documents_strings()
    {
        var body = """{"object":"whatsapp_business_account","entry":[{"id":309412748821563,"changes":[{"field":"messages","value":{"statuses":[{"id":"wamid.n","status":"sent","timestamp":1764150000,"recipient_id":966501234567}]}}]}]}""";

        var status = Assert.IsType<MessageStatus>(Assert.Single(WebhookParser.Parse(body).Events));

        Assert.Equal(("309412748821563", "966501234567"), (status.WabaId, status.RecipientId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764150000), status.Timestamp);
    }

    [Fact]
    public void Keeps_members_that_share_a_name_with_event_properties()
    {
        var body = """{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"account_update","value":{"event":"PARTNER_ADDED","phone_number_id":"77","field":"f","raw":"r"}}]}]}""";

        var update = Assert.IsType<AccountUpdate>(Assert.Single(WebhookParser.Parse(body).Events));

        Assert.Equal("77", update.UnknownMembers!["phone_number_id"].GetString());
        Assert.Equal("f", update.UnknownMembers["field"].GetString());
        Assert.Equal("r", update.UnknownMembers["raw"].GetString());
        Assert.Equal("account_update", update.Field);
    }
}
