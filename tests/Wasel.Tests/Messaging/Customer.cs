using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

/// <summary>A simulated customer on the embedded sandbox, driven through its control API over HTTP.</summary>
public sealed class Customer(HttpClient http, string waId)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public string WaId => waId;

    public static async Task<Customer> CreateAsync(WaselApp app, string name = "Sara", string language = "en", string? waId = null)
    {
        var http = app.CreateClient();
        waId ??= "9665" + Random.Shared.Next(10_000_000, 99_999_999);
        var created = await http.PostAsJsonAsync("/sandbox/api/customers", new { wa_id = waId, name, language }, Ct);
        created.EnsureSuccessStatusCode();
        return new Customer(http, waId);
    }

    public async Task<string> SendTextAsync(string body)
    {
        var response = await http.PostAsJsonAsync($"/sandbox/api/customers/{waId}/messages", new { type = "text", text = new { body } }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    public async Task SendAsync(object message) =>
        (await http.PostAsJsonAsync($"/sandbox/api/customers/{waId}/messages", message, Ct)).EnsureSuccessStatusCode();

    public async Task ReadAsync() => (await http.PostAsync($"/sandbox/api/customers/{waId}/read", null, Ct)).EnsureSuccessStatusCode();

    /// <summary>What the customer's phone shows from the business.</summary>
    public async Task<JsonArray> ReceivedAsync() =>
        (await http.GetFromJsonAsync<JsonArray>($"/sandbox/api/customers/{waId}/messages", Ct))!;

    public Task<JsonNode> WaitToReceiveAsync(string what, Func<JsonNode, bool> match) =>
        Eventually.GetAsync($"the customer to receive {what}", async () => (await ReceivedAsync()).FirstOrDefault(m => m is not null && match(m)));
}
