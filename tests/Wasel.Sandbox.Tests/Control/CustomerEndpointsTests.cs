using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Tests.Control;

public class CustomerEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creates_customer_with_plus_and_spaces_stripped_from_the_number()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = ControlScenario.NewWaId();

        var response = await scenario.Http.PostAsJsonAsync("api/customers", new { wa_id = "+" + waId[..3] + " " + waId[3..], name = "Noura", language = "ar" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal(waId, body["wa_id"]!.GetValue<string>());
        Assert.Equal("ar", body["language"]!.GetValue<string>());
        Assert.True(body["on_whatsapp"]!.GetValue<bool>());
        var fetched = await scenario.Http.GetFromJsonAsync<JsonObject>($"api/customers/{waId}", Ct);
        Assert.Equal("Noura", fetched!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Duplicate_customer_is_a_409_problem()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        var response = await scenario.Http.PostAsJsonAsync("api/customers", new { wa_id = waId, name = "Again" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Noura", scenario.State.FindCustomer(waId)!.Name);
    }

    [Theory]
    [InlineData("12345", "Noura", "wa_id")]
    [InlineData("96650abc1234", "Noura", "wa_id")]
    [InlineData("966501234567", "", "name")]
    public async Task Invalid_customer_is_a_validation_problem_naming_the_field(string waId, string name, string field)
    {
        await using var scenario = await ControlScenario.StartAsync();

        var response = await scenario.Http.PostAsJsonAsync("api/customers", new { wa_id = waId, name }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await ControlScenario.ErrorsFor(response, field));
    }

    [Fact]
    public async Task Lists_and_deletes_customers()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        var list = await scenario.Http.GetFromJsonAsync<JsonArray>("api/customers", Ct);
        Assert.Contains(list!, c => c!["wa_id"]!.GetValue<string>() == waId);

        Assert.Equal(HttpStatusCode.NoContent, (await scenario.Http.DeleteAsync($"api/customers/{waId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.Http.GetAsync($"api/customers/{waId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Message_from_unknown_customer_is_a_404_problem()
    {
        await using var scenario = await ControlScenario.StartAsync();

        var response = await scenario.SendAsync("966599999999", new { type = "text", text = new { body = "hi" } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Control_api_is_described_in_the_sandbox_openapi_document()
    {
        await using var scenario = await ControlScenario.StartAsync();

        var document = await scenario.Http.GetStringAsync("api/openapi/sandbox.json", Ct);

        foreach (var operation in new[] { "CreateCustomer", "SendInboundMessage", "ListCustomerMessages", "PatchSettings", "AdvanceClock", "ListWebhookDeliveries" })
            Assert.Contains($"\"{operation}\"", document);
    }
}
