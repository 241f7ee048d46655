using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

/// <summary>A Graph answer: HTTP status and the parsed JSON body.</summary>
public sealed record GraphAnswer(HttpStatusCode Status, JsonElement Json)
{
    public int ErrorCode => Json.GetProperty("error").GetProperty("code").GetInt32();

    public int? ErrorSubcode => Json.GetProperty("error").TryGetProperty("error_subcode", out var s) ? s.GetInt32() : null;

    public string ErrorText => Json.GetProperty("error").ToString();

    public string MessageId => Json.GetProperty("messages")[0].GetProperty("id").GetString()!;
}

/// <summary>Short ways for tests to call the Graph API and wait for what the sandbox does afterwards.</summary>
public static class GraphCalls
{
    public static async Task<GraphAnswer> PostAsync(this HttpClient client, string path, string json)
    {
        using var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public static async Task<GraphAnswer> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public static async Task<GraphAnswer> DeleteJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.DeleteAsync(path, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public static async Task<GraphAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new GraphAnswer(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>POST {phone-number-id}/messages.</summary>
    public static Task<GraphAnswer> SendAsync(this SandboxHost host, string json) =>
        host.Graph.PostAsync($"{host.Options.PhoneNumberId}/messages", json);

    public static Task<GraphAnswer> SendTextAsync(this SandboxHost host, string to, string body = "Hello") =>
        host.SendAsync(JsonText.Fill("""{"messaging_product":"whatsapp","to":"<<0>>","type":"text","text":{"body":"<<1>>"}}""", to, body));

    /// <summary>A customer who wrote to the business just now, so that the customer-service window is open.</summary>
    public static SimulatedCustomer CustomerInWindow(this SandboxHost host, string waId)
    {
        var customer = host.State.GetOrAddCustomer(waId, () => new SimulatedCustomer { WaId = waId, Name = "Customer " + waId, CreatedAt = host.State.Clock.UtcNow });
        lock (host.State.Sync) customer.LastInboundAt = host.State.Clock.UtcNow;
        return customer;
    }

    /// <summary>Waits (bounded) for the asynchronous status of a sent message; fails the test if it never comes.</summary>
    public static async Task<SandboxMessage> WaitForStatusAsync(this SandboxHost host, string messageId, string status)
    {
        for (var i = 0; i < 500; i++)
        {
            var message = host.State.FindMessage(messageId);
            if (message is not null)
                lock (host.State.Sync)
                    if (message.Statuses.Any(s => s.Status == status)) return message;
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        var found = host.State.FindMessage(messageId);
        throw new Xunit.Sdk.XunitException($"Message {messageId} never reached '{status}'; it is '{found?.Status}' with error {found?.Error?.ToJsonString()}.");
    }

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 500; i++)
        {
            if (condition()) return;
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}.");
    }

    public static async Task<GraphAnswer> PostFormAsync(this HttpClient client, string path, MultipartFormDataContent form)
    {
        using var response = await client.PostAsync(path, form, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public static JsonContent Json(object value) => JsonContent.Create(value);
}
