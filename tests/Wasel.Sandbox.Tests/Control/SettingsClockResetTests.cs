using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Tests.Control;

public class SettingsClockResetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Settings_are_listed_in_snake_case()
    {
        await using var scenario = await ControlScenario.StartAsync();

        var settings = await scenario.Http.GetFromJsonAsync<JsonObject>("api/settings", Ct);

        Assert.Equal(scenario.Host.Options.PhoneNumberId, settings!["phone_number_id"]!.GetValue<string>());
        Assert.Equal("Portfolio", settings["messaging_limit_policy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Patch_accepts_snake_and_pascal_case_names()
    {
        await using var scenario = await ControlScenario.StartAsync();

        var response = await scenario.Http.PatchAsJsonAsync("api/settings",
            new Dictionary<string, object> { ["failure_rate"] = 0.25, ["ReadDelayMs"] = 900, ["messaging_limit_policy"] = "Seed" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0.25, scenario.State.Settings.FailureRate);
        Assert.Equal(900, scenario.State.Settings.ReadDelayMs);
        Assert.Equal(MessagingLimitPolicy.Seed, scenario.State.Settings.MessagingLimitPolicy);
    }

    [Theory]
    [InlineData("failure_rate", "2", "failure_rate")]
    [InlineData("webhook_url", "\"not a url\"", "webhook_url")]
    [InlineData("throughput_per_second", "\"fast\"", "throughput_per_second")]
    [InlineData("no_such_setting", "1", "no_such_setting")]
    public async Task Invalid_patch_changes_nothing_and_names_the_setting(string name, string json, string field)
    {
        await using var scenario = await ControlScenario.StartAsync();
        var before = scenario.State.Settings;

        var response = await scenario.Http.PatchAsync("api/settings",
            new StringContent($$"""{"{{name}}":{{json}},"read_delay_ms":1234}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await ControlScenario.ErrorsFor(response, field));
        Assert.Same(before, scenario.State.Settings);
    }

    [Fact]
    public async Task Clock_advance_moves_the_sandbox_clock_forward()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var before = scenario.State.Clock.UtcNow;

        var response = await scenario.Http.PostAsJsonAsync("api/clock/advance", new { seconds = 86_400 }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(scenario.State.Clock.UtcNow >= before.AddDays(1));
        var clock = await scenario.Http.GetFromJsonAsync<JsonObject>("api/clock", Ct);
        Assert.Equal(86_400, clock!["offset_seconds"]!.GetValue<double>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task Clock_does_not_move_back_or_stand_still(double seconds)
    {
        await using var scenario = await ControlScenario.StartAsync();

        var response = await scenario.Http.PostAsJsonAsync("api/clock/advance", new { seconds }, Ct);

        Assert.NotEmpty(await ControlScenario.ErrorsFor(response, "seconds"));
        Assert.Equal(TimeSpan.Zero, scenario.State.Clock.Offset);
    }

    [Fact]
    public async Task Reset_forgets_customers_and_restores_settings_and_clock()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        await scenario.Http.PatchAsJsonAsync("api/settings", new { failure_rate = 0.5 }, Ct);
        await scenario.Http.PostAsJsonAsync("api/clock/advance", new { seconds = 60 }, Ct);

        var response = await scenario.Http.PostAsync("api/reset", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(scenario.State.FindCustomer(waId));
        Assert.Equal(0, scenario.State.Settings.FailureRate);
        Assert.Equal(TimeSpan.Zero, scenario.State.Clock.Offset);
    }

    [Fact]
    public async Task Webhook_deliveries_are_listed_with_their_outcome()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();
        await scenario.SendAndReceiveAsync(waId, new { type = "text", text = new { body = "hi" } });

        var deliveries = await scenario.Http.GetFromJsonAsync<JsonArray>("api/webhooks/deliveries", Ct);

        var delivery = deliveries!.Single()!;
        Assert.Equal("delivered", delivery["state"]!.GetValue<string>());
        Assert.Equal(200, delivery["last_status_code"]!.GetValue<int>());
        Assert.Equal("messages", delivery["fields"]![0]!.GetValue<string>());
    }
}
