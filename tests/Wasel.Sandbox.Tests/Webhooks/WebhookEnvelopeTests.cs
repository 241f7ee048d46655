using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Tests.Webhooks;

public class WebhookEnvelopeTests
{
    [Fact]
    public async Task Messages_change_arrives_in_Metas_envelope_with_metadata_and_no_entry_time()
    {
        await using var scenario = await WebhookScenario.StartAsync();
        scenario.PublishStatus("wamid.envelope1", "sent");

        await scenario.Receiver.WaitForAsync("messages", _ => true);
        var hook = scenario.Receiver.Received.Single();
        var root = hook.Json;
        Assert.Equal("whatsapp_business_account", root.GetProperty("object").GetString());
        var entry = root.GetProperty("entry").EnumerateArray().Single();
        Assert.Equal(scenario.Host.Options.WabaId, entry.GetProperty("id").GetString());
        Assert.False(entry.TryGetProperty("time", out _));
        var change = entry.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal("messages", change.GetProperty("field").GetString());
        var value = change.GetProperty("value");
        Assert.Equal("whatsapp", value.GetProperty("messaging_product").GetString());
        Assert.Equal(scenario.Host.Options.PhoneNumberId, value.GetProperty("metadata").GetProperty("phone_number_id").GetString());
        Assert.Equal("application/json", hook.ContentType);
        Assert.Equal("facebookexternalua", hook.UserAgent);
        Assert.True(hook.IsSignedWith(scenario.Host.Options.AppSecret));
    }

    [Fact]
    public async Task Other_fields_carry_entry_time_as_a_number()
    {
        await using var scenario = await WebhookScenario.StartAsync();
        scenario.Publisher.Publish("message_template_status_update", new JsonObject { ["event"] = "APPROVED", ["message_template_id"] = 42 });

        await scenario.Receiver.WaitForAsync("message_template_status_update", _ => true);
        var entry = scenario.Receiver.Received.Single().Json.GetProperty("entry")[0];
        Assert.Equal(JsonValueKind.Number, entry.GetProperty("time").ValueKind);
        Assert.InRange(entry.GetProperty("time").GetInt64(), scenario.Host.State.Clock.UtcNow.ToUnixTimeSeconds() - 60, scenario.Host.State.Clock.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Changes_queued_together_are_batched_up_to_MaxWebhookBatch_per_post()
    {
        await using var scenario = await WebhookScenario.StartAsync(o =>
        {
            o.MaxWebhookBatch = 10;
            o.WebhookSenders = 1;
        });
        for (var i = 0; i < 40; i++) scenario.PublishStatus($"wamid.batch{i}", "sent");

        await Eventually.TrueAsync(() => scenario.Receiver.Received.Sum(h => h.Changes.Count()) == 40, "all 40 changes arrived");
        var sizes = scenario.Receiver.Received.Select(h => h.Changes.Count()).ToList();
        Assert.All(sizes, size => Assert.InRange(size, 1, 10));
        Assert.True(sizes.Count < 40, $"expected some POSTs to carry several changes, got {sizes.Count} POSTs");
    }
}
