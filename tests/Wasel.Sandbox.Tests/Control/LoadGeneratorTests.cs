using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Tests.Control;

public class LoadGeneratorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Load_run_sends_about_rate_times_seconds_messages_from_its_customers()
    {
        await using var scenario = await ControlScenario.StartAsync(o => o.MaxWebhookBatch = 50);
        var prefix = "97150" + Random.Shared.Next(100, 999);

        var response = await scenario.Http.PostAsJsonAsync("api/load",
            new { customers = 5, rate_per_second = 40, seconds = 1, language = "mixed", wa_id_prefix = prefix }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["id"]!.GetValue<string>();
        JsonObject? progress = null;
        await Webhooks.Eventually.TrueAsync(async () =>
        {
            progress = await scenario.Http.GetFromJsonAsync<JsonObject>($"api/load/{id}", Ct);
            return progress!["done"]!.GetValue<bool>();
        }, "the run is done");
        Assert.InRange(progress!["sent"]!.GetValue<long>(), 30, 50);

        var fromRun = () => scenario.Receiver.Received.SelectMany(h => h.Changes)
            .Where(c => c.Value.TryGetProperty("messages", out var m) && m[0].GetProperty("from").GetString()!.StartsWith(prefix))
            .Count();
        await Webhooks.Eventually.TrueAsync(() => fromRun() == progress["sent"]!.GetValue<long>(), "every sent message reached the webhook");
        var customers = scenario.State.Customers.Where(c => c.WaId.StartsWith(prefix)).ToList();
        Assert.Equal(5, customers.Count);
        Assert.Contains(customers, c => c.Language == "ar");
        Assert.Contains(customers, c => c.Language == "en");
    }

    [Fact]
    public async Task Stopping_a_run_ends_it_early()
    {
        await using var scenario = await ControlScenario.StartAsync(o => o.WebhookUrl = "");

        var response = await scenario.Http.PostAsJsonAsync("api/load", new { customers = 2, rate_per_second = 10, seconds = 3600 }, Ct);
        var id = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["id"]!.GetValue<string>();
        var stopped = await scenario.Http.DeleteAsync($"api/load/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        await Webhooks.Eventually.TrueAsync(async () =>
            (await scenario.Http.GetFromJsonAsync<JsonObject>($"api/load/{id}", Ct))!["done"]!.GetValue<bool>(), "the run is done");
        var progress = await scenario.Http.GetFromJsonAsync<JsonObject>($"api/load/{id}", Ct);
        Assert.True(progress!["stopped"]!.GetValue<bool>());
        Assert.True(progress["sent"]!.GetValue<long>() < 36_000);
    }

    [Theory]
    [InlineData(0, 10, 1, "customers")]
    [InlineData(100_001, 10, 1, "customers")]
    [InlineData(1, 10_001, 1, "rate_per_second")]
    [InlineData(1, 10, 3601, "seconds")]
    public async Task Run_outside_the_bounds_is_rejected(int customers, double rate, double seconds, string field)
    {
        await using var scenario = await ControlScenario.StartAsync();

        var response = await scenario.Http.PostAsJsonAsync("api/load", new { customers, rate_per_second = rate, seconds }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await ControlScenario.ErrorsFor(response, field));
    }
}
