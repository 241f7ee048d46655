using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Wasel.Integrations.ApiKeys;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

/// <summary>A customer who has written to the business, and the API view of that conversation.</summary>
public sealed record OpenConversation(WaselApp App, HttpClient Api, Customer Customer, long Id)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<OpenConversation> StartAsync(WaselApp app)
    {
        var api = await app.ClientWithScopesAsync(ApiScopes.ConversationsRead, ApiScopes.MessagesSend);
        var customer = await Customer.CreateAsync(app);
        await customer.SendTextAsync("Hello");
        var conversation = await ConversationRoundTripTests.WaitForConversationAsync(api, customer.WaId);
        return new OpenConversation(app, api, customer, conversation["id"]!.GetValue<long>());
    }

    /// <summary>Sends through Wasel's API; returns Wasel's message id.</summary>
    public async Task<long> SendAsync(object message)
    {
        var response = await Api.PostAsJsonAsync($"/api/v1/conversations/{Id}/messages", message, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!["id"]!.GetValue<long>();
    }

    public Task<JsonNode> WaitForStateAsync(long messageId, string state) =>
        ConversationRoundTripTests.WaitForStateAsync(Api, Id, messageId, state);

    /// <summary>Injects a fault into the embedded sandbox's Graph API (see docs/sandbox.md, fault injection).</summary>
    public async Task InjectFaultAsync(object fault) =>
        (await App.CreateClient().PostAsJsonAsync("/sandbox/api/faults", fault, Ct)).EnsureSuccessStatusCode();

    /// <summary>How many messages with this text body the customer's phone shows.</summary>
    public async Task<int> CopiesReceivedAsync(string body) =>
        (await Customer.ReceivedAsync()).Count(m => m?["body"]?["text"]?["body"]?.GetValue<string>() == body);
}
