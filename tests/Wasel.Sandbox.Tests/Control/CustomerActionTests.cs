using System.Net;

namespace Wasel.Sandbox.Tests.Control;

public class CustomerActionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Block and report also record negative feedback in the quality rating, which lives in Rules/; these tests check
    // the customer's side (the flag) whatever the rating does with it.
    [Fact]
    public async Task Block_sets_the_flag_and_unblock_clears_it()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        await scenario.Http.PostAsync($"api/customers/{waId}/block", null, Ct);
        Assert.True(scenario.State.FindCustomer(waId)!.BlockedBusiness);

        var response = await scenario.Http.PostAsync($"api/customers/{waId}/unblock", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(scenario.State.FindCustomer(waId)!.BlockedBusiness);
    }

    [Fact]
    public async Task Report_blocks_the_business()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        await scenario.Http.PostAsync($"api/customers/{waId}/report", null, Ct);

        Assert.True(scenario.State.FindCustomer(waId)!.BlockedBusiness);
    }

    [Fact]
    public async Task Stop_and_resume_marketing_set_the_flag_and_publish_user_preferences()
    {
        await using var scenario = await ControlScenario.StartAsync();
        var waId = await scenario.CreateCustomerAsync();

        var stop = await scenario.Http.PostAsync($"api/customers/{waId}/stop-marketing", null, Ct);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.True(scenario.State.FindCustomer(waId)!.StoppedMarketing);
        var stopped = await scenario.Receiver.WaitForAsync("user_preferences", v => v.GetProperty("user_preferences")[0].GetProperty("value").GetString() == "stop");
        var preference = stopped.GetProperty("user_preferences")[0];
        Assert.Equal(waId, preference.GetProperty("wa_id").GetString());
        Assert.Equal("marketing_messages", preference.GetProperty("category").GetString());

        await scenario.Http.PostAsync($"api/customers/{waId}/resume-marketing", null, Ct);
        Assert.False(scenario.State.FindCustomer(waId)!.StoppedMarketing);
        await scenario.Receiver.WaitForAsync("user_preferences", v => v.GetProperty("user_preferences")[0].GetProperty("value").GetString() == "resume");
    }

    [Theory]
    [InlineData("read")]
    [InlineData("block")]
    [InlineData("stop-marketing")]
    public async Task Action_on_unknown_customer_is_a_404_problem(string action)
    {
        await using var scenario = await ControlScenario.StartAsync();

        var response = await scenario.Http.PostAsync($"api/customers/966588888888/{action}", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
