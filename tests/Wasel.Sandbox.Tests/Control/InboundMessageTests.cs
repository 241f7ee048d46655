using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Tests.Control;

public class InboundMessageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Text_message_arrives_as_Metas_messages_webhook_with_contact_id_and_string_timestamp()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync("Noura");

        var message = await scenario.SendAndReceiveAsync(waId, new { type = "text", text = new { body = "السلام عليكم" } });

        Assert.Equal(waId, message.GetProperty("from").GetString());
        Assert.StartsWith("wamid.", message.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.String, message.GetProperty("timestamp").ValueKind);
        Assert.Equal("السلام عليكم", message.GetProperty("text").GetProperty("body").GetString());
        var value = await scenario.Receiver.WaitForAsync("messages", v => v.TryGetProperty("contacts", out _));
        var contact = value.GetProperty("contacts")[0];
        Assert.Equal("Noura", contact.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal(waId, contact.GetProperty("wa_id").GetString());
    }

    [Fact]
    public async Task Customer_message_with_arabic_emoji_and_slash_is_signed_over_ascii_escaped_bytes()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        await scenario.SendAndReceiveAsync(waId, new { type = "text", text = new { body = "أهلاً 🌙 https://wasel.example/x" } });

        var hook = scenario.Receiver.Received.Single();
        Assert.All(hook.Body, b => Assert.True(b < 0x80));
        Assert.Contains("\\u0623\\u0647\\u0644\\u0627\\u064b \\ud83c\\udf19 https:\\/\\/wasel.example\\/x", hook.Text);
        Assert.True(hook.IsSignedWith(scenario.Host.Options.AppSecret));
    }

    [Fact]
    public async Task Given_id_and_timestamp_are_kept()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        var message = await scenario.SendAndReceiveAsync(waId, new { id = "wamid.given1", timestamp = "1750000000", type = "text", text = new { body = "hi" } });

        Assert.Equal("wamid.given1", message.GetProperty("id").GetString());
        Assert.Equal("1750000000", message.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task Message_opens_the_customer_service_window()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        scenario.State.Clock.Advance(TimeSpan.FromHours(3));

        await scenario.SendAndReceiveAsync(waId, new { type = "text", text = new { body = "hi" } });

        var customer = scenario.State.FindCustomer(waId)!;
        Assert.NotNull(customer.LastInboundAt);
        Assert.InRange(customer.LastInboundAt!.Value, scenario.State.Clock.UtcNow.AddMinutes(-1), scenario.State.Clock.UtcNow);
        Assert.Null(customer.FreeEntryPointUntil);
        Assert.Equal(MessageDirection.Inbound, customer.Timeline.Single().Direction);
    }

    [Fact]
    public async Task Referral_opens_the_free_entry_point_window()
    {
        await using var scenario = await ControlScenario.StartAsync(o => o.FreeEntryPointWindowHours = 72);
        var waId = await scenario.CreateCustomerAsync();

        var message = await scenario.SendAndReceiveAsync(waId, new
        {
            type = "text", text = new { body = "Is this still on sale?" },
            referral = new { source_url = "https://fb.me/ad", source_id = "120", headline = "Eid sale" },
        });

        Assert.Equal("ad", message.GetProperty("referral").GetProperty("source_type").GetString());
        Assert.False(string.IsNullOrEmpty(message.GetProperty("referral").GetProperty("ctwa_clid").GetString()));
        var customer = scenario.State.FindCustomer(waId)!;
        Assert.Equal(customer.LastInboundAt!.Value.AddHours(72), customer.FreeEntryPointUntil);
    }

    [Fact]
    public async Task Base64_image_is_stored_and_arrives_as_id_mime_type_and_base64_sha256()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4];

        var message = await scenario.SendAndReceiveAsync(waId, new
        {
            type = "image", image = new { data = Convert.ToBase64String(png), mime_type = "image/png", caption = "receipt" },
        });

        var image = message.GetProperty("image");
        Assert.Equal("receipt", image.GetProperty("caption").GetString());
        Assert.Equal("image/png", image.GetProperty("mime_type").GetString());
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(png)), image.GetProperty("sha256").GetString());
        var id = image.GetProperty("id").GetString()!;
        Assert.Equal(png, scenario.Media.Find(id)!.Content);
        var download = await scenario.Http.GetAsync($"api/media/{id}", Ct);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Document_by_media_id_carries_filename()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        var stored = scenario.Media.Add([1, 2, 3], "application/pdf", "invoice.pdf", DateTimeOffset.UtcNow);

        var message = await scenario.SendAndReceiveAsync(waId, new { type = "document", document = new { id = stored.Id } });

        Assert.Equal("invoice.pdf", message.GetProperty("document").GetProperty("filename").GetString());
        Assert.Equal(stored.Id, message.GetProperty("document").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Unknown_media_id_is_a_validation_problem()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        var response = await scenario.SendAsync(waId, new { type = "audio", audio = new { id = "404404" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await ControlScenario.ErrorsFor(response, "audio.id"));
    }

    public static TheoryData<string, string> OtherTypes => new()
    {
        { "location", """{"type":"location","location":{"latitude":24.7136,"longitude":46.6753,"name":"Riyadh"}}""" },
        { "contacts", """{"type":"contacts","contacts":[{"name":{"formatted_name":"Sara Ali"},"phones":[{"phone":"+966 50 000 0000","type":"CELL"}]}]}""" },
        { "reaction", """{"type":"reaction","reaction":{"message_id":"wamid.any","emoji":"❤️"}}""" },
        { "order", """{"type":"order","order":{"catalog_id":"1","product_items":[{"product_retailer_id":"dates","quantity":2,"item_price":30,"currency":"SAR"}]}}""" },
        { "unsupported", """{"type":"unsupported"}""" },
        { "sticker", """{"type":"sticker","sticker":{"data":"UklGRg==","mime_type":"image/webp"}}""" },
        { "interactive", """{"type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"r1","title":"Row"}}}""" },
    };

    [Theory]
    [MemberData(nameof(OtherTypes))]
    public async Task Every_inbound_type_arrives_with_its_own_object(string type, string json)
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        var message = await scenario.SendAndReceiveAsync(waId, JsonNode.Parse(json)!);

        Assert.Equal(type, message.GetProperty("type").GetString());
        Assert.Equal(waId, message.GetProperty("from").GetString());
        Assert.StartsWith("wamid.", message.GetProperty("id").GetString());
        Assert.True(long.TryParse(message.GetProperty("timestamp").GetString(), out _), "timestamp is Unix seconds in a string");
        Assert.True(message.TryGetProperty(type, out _), $"the message carries a '{type}' object");
        if (type == "unsupported") Assert.Equal(131051, message.GetProperty("errors")[0].GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Unknown_type_is_a_validation_problem_naming_type()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        var response = await scenario.SendAsync(waId, new { type = "hologram" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await ControlScenario.ErrorsFor(response, "type"));
    }

    [Fact]
    public async Task Timeline_lists_what_the_customer_received_and_both_directions_on_request()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        await scenario.SendAndReceiveAsync(waId, new { type = "text", text = new { body = "hi" } });
        OutboundMessages.AddText(scenario.State, waId, "Welcome!");

        var all = await scenario.Http.GetFromJsonAsync<JsonArray>($"api/customers/{waId}/messages?direction=all", Ct);
        var received = await scenario.Http.GetFromJsonAsync<JsonArray>($"api/customers/{waId}/messages", Ct);

        Assert.Equal(["inbound", "outbound"], all!.Select(m => m!["direction"]!.GetValue<string>()));
        Assert.Equal("Welcome!", received!.Single()!["body"]!["text"]!["body"]!.GetValue<string>());
        Assert.Equal("delivered", received!.Single()!["status"]!.GetValue<string>());
    }
}
