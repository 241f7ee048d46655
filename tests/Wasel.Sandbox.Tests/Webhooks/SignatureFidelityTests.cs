using System.Text;
using System.Text.Json.Nodes;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox.Tests.Webhooks;

public class SignatureFidelityTests
{
    [Fact]
    public void Writer_escapes_non_ascii_as_lowercase_utf16_and_escapes_slash()
    {
        var node = new JsonObject { ["body"] = "مرحبا 😀 café", ["url"] = "https://x.y/a", ["n"] = 37.5, ["q"] = "\"\\\n" };

        var text = Encoding.ASCII.GetString(MetaJsonWriter.ToBytes(node));

        Assert.Equal(
            "{\"body\":\"\\u0645\\u0631\\u062d\\u0628\\u0627 \\ud83d\\ude00 caf\\u00e9\",\"url\":\"https:\\/\\/x.y\\/a\",\"n\":37.5,\"q\":\"\\\"\\\\\\n\"}",
            text);
    }

    [Fact]
    public async Task Webhook_with_arabic_and_emoji_is_pure_ascii_and_signed_over_those_bytes()
    {
        await using var scenario = await WebhookScenario.StartAsync();
        scenario.Publisher.PublishMessages(new JsonObject
        {
            ["messages"] = new JsonArray(new JsonObject { ["id"] = "wamid.sig", ["type"] = "text", ["text"] = new JsonObject { ["body"] = "شكراً 👍 a/b" } }),
        });

        await scenario.Receiver.WaitForAsync("messages", _ => true);
        var hook = scenario.Receiver.Received.Single();
        Assert.All(hook.Body, b => Assert.True(b < 0x80, "every byte is ASCII"));
        Assert.Contains("\\u0634\\u0643\\u0631\\u0627\\u064b \\ud83d\\udc4d a\\/b", hook.Text);
        Assert.True(hook.IsSignedWith(scenario.Host.Options.AppSecret));
        Assert.False(hook.IsSignedWith("another-secret"));
    }
}
