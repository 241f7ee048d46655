using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Control;

/// <summary>A sandbox posting webhooks to a receiver, with helpers that speak the control API over HTTP.</summary>
internal sealed class ControlScenario : IAsyncDisposable
{
    private static int nextNumber = Random.Shared.Next(1_000_000);

    private ControlScenario(WebhookReceiver receiver, SandboxHost host)
    {
        Receiver = receiver;
        Host = host;
    }

    public WebhookReceiver Receiver { get; }
    public SandboxHost Host { get; }
    public HttpClient Http => Host.Http;
    public SandboxState State => Host.State;
    public MediaStore Media => Host.Services.GetRequiredService<MediaStore>();

    public static async Task<ControlScenario> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var receiver = await WebhookReceiver.StartAsync();
        var host = await SandboxHost.StartAsync(o =>
        {
            o.WebhookUrl = receiver.Url;
            configure?.Invoke(o);
        });
        return new ControlScenario(receiver, host);
    }

    public static string NewWaId() => "9665" + Interlocked.Increment(ref nextNumber).ToString("D8");

    public async Task<string> CreateCustomerAsync(string name = "Noura", string language = "ar")
    {
        var waId = NewWaId();
        var response = await Http.PostAsJsonAsync("api/customers", new { wa_id = waId, name, language }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return waId;
    }

    public Task<HttpResponseMessage> SendAsync(string waId, object message) =>
        Http.PostAsJsonAsync($"api/customers/{waId}/messages", message, TestContext.Current.CancellationToken);

    /// <summary>Sends and returns the message as it arrived in the messages webhook.</summary>
    public async Task<JsonElement> SendAndReceiveAsync(string waId, object message)
    {
        var response = await SendAsync(waId, message);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        var id = JsonNode.Parse(body)!["id"]!.GetValue<string>();
        var value = await Receiver.WaitForAsync("messages", v => v.TryGetProperty("messages", out var m) && m[0].GetProperty("id").GetString() == id);
        return value.GetProperty("messages")[0];
    }

    /// <summary>Reads problem details' errors for <paramref name="field"/> (empty when none).</summary>
    public static async Task<string[]> ErrorsFor(HttpResponseMessage response, string field)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        return problem["errors"]?[field]?.AsArray().Select(e => e!.GetValue<string>()).ToArray() ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
