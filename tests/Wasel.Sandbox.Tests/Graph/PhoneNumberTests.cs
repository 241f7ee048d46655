using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

public class PhoneNumberTests
{
    [Fact]
    public async Task Without_fields_the_default_fields_are_returned()
    {
        await using var host = await SandboxHost.StartAsync(o => o.VerifiedName = "Lucky Shrub");

        var answer = await host.Graph.GetJsonAsync(host.Options.PhoneNumberId);

        var names = answer.Json.EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(["display_phone_number", "id", "quality_rating", "verified_name"], names);
        Assert.Equal("Lucky Shrub", answer.Json.GetProperty("verified_name").GetString());
        Assert.Equal("GREEN", answer.Json.GetProperty("quality_rating").GetString());
    }

    [Fact]
    public async Task Requested_fields_include_limits_throughput_and_status()
    {
        await using var host = await SandboxHost.StartAsync(o => o.ThroughputLevel = "HIGH");

        var answer = await host.Graph.GetJsonAsync($"{host.Options.PhoneNumberId}?fields=messaging_limit_tier,whatsapp_business_manager_messaging_limit,throughput,code_verification_status,name_status,platform_type,status");

        Assert.Equal("TIER_250", answer.Json.GetProperty("messaging_limit_tier").GetString());
        Assert.Equal("TIER_250", answer.Json.GetProperty("whatsapp_business_manager_messaging_limit").GetString());
        Assert.Equal("HIGH", answer.Json.GetProperty("throughput").GetProperty("level").GetString());
        Assert.Equal("VERIFIED", answer.Json.GetProperty("code_verification_status").GetString());
        Assert.Equal("APPROVED", answer.Json.GetProperty("name_status").GetString());
        Assert.Equal("CLOUD_API", answer.Json.GetProperty("platform_type").GetString());
        Assert.Equal("CONNECTED", answer.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_field_is_code_100()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.Graph.GetJsonAsync($"{host.Options.PhoneNumberId}?fields=colour");

        Assert.Equal(100, answer.ErrorCode);
        Assert.Contains("colour", answer.ErrorText);
    }
}
