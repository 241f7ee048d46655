using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;
using Wasel.Tests.Messaging;

namespace Wasel.Tests.Media;

/// <summary>Wasel on Kestrel with its media folder in a fresh temporary directory and quick media retries.</summary>
public sealed class MediaScenario : IAsyncDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private MediaScenario(WaselApp app, HttpClient api, string folder)
    {
        App = app;
        Api = api;
        Folder = folder;
    }

    public WaselApp App { get; }
    /// <summary>An API client with conversations:read and messages:send.</summary>
    public HttpClient Api { get; }
    public string Folder { get; }

    public static async Task<MediaScenario> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wasel-media-" + Guid.NewGuid().ToString("N"));
        var app = await WaselApp.StartOnKestrelAsync(provider, new()
        {
            ["Media:Folder"] = folder,
            ["Media:Poll"] = "00:00:00.100",
            ["Media:MaxAttempts"] = "3",
            ["Media:RetryBaseDelay"] = "00:00:00.050",
            ["WhatsApp:RetryBaseDelay"] = "00:00:00.010",
            ["WhatsApp:MaxRetries"] = "1",
        });
        return new MediaScenario(app, await app.ClientWithScopesAsync(ApiScopes.ConversationsRead, ApiScopes.MessagesSend), folder);
    }

    /// <summary>The customer sends a media message through the sandbox; returns Wasel's id for it once recorded.</summary>
    public async Task<long> CustomerSendsAsync(Customer customer, object message)
    {
        var sent = await App.CreateClient().PostAsJsonAsync($"/sandbox/api/customers/{customer.WaId}/messages", message, Ct);
        sent.EnsureSuccessStatusCode();
        var wamid = (await sent.Content.ReadFromJsonAsync<JsonNode>(Ct))!["id"]!.GetValue<string>();
        var conversation = await ConversationRoundTripTests.WaitForConversationAsync(Api, customer.WaId);
        var recorded = await Eventually.GetAsync($"message {wamid} in Wasel", async () =>
            (await Api.GetFromJsonAsync<JsonNode>($"/api/v1/conversations/{conversation["id"]}/messages", Ct))!["items"]!.AsArray()
                .FirstOrDefault(m => m!["wa_message_id"]?.GetValue<string>() == wamid));
        return recorded["id"]!.GetValue<long>();
    }

    /// <summary>Waits until the message's media has left the pending state; returns its info.</summary>
    public Task<JsonNode> WaitForMediaAsync(long messageId, string state) =>
        Eventually.GetAsync($"the media of message {messageId} to be {state}", async () =>
        {
            var response = await Api.GetAsync($"/api/v1/messages/{messageId}/media/info", Ct);
            if (!response.IsSuccessStatusCode) return null;
            var info = (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!;
            return info["state"]!.GetValue<string>() == state ? info : null;
        });

    public static byte[] FakePng(int size = 300)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
