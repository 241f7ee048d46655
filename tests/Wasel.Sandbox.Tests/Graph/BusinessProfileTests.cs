using System.Net;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

public class BusinessProfileTests
{
    [Fact]
    public async Task Profile_update_is_read_back_in_meta_data_shape_with_field_filter()
    {
        await using var host = await SandboxHost.StartAsync();
        var path = $"{host.Options.PhoneNumberId}/whatsapp_business_profile";

        var updated = await host.Graph.PostAsync(path, """{"messaging_product":"whatsapp","about":"Succulent specialists!","email":"lucky@luckyshrub.com","vertical":"RETAIL","websites":"[\"https://www.luckyshrub.com/\"]"}""");
        var read = await host.Graph.GetJsonAsync($"{path}?fields=about,websites,vertical");

        Assert.True(updated.Json.GetProperty("success").GetBoolean());
        var profile = read.Json.GetProperty("data")[0];
        Assert.Equal("Succulent specialists!", profile.GetProperty("about").GetString());
        Assert.Equal("https://www.luckyshrub.com/", profile.GetProperty("websites")[0].GetString());
        Assert.Equal("RETAIL", profile.GetProperty("vertical").GetString());
        Assert.Equal("whatsapp", profile.GetProperty("messaging_product").GetString());
        Assert.False(profile.TryGetProperty("email", out _));
    }

    [Theory]
    [InlineData("""{"messaging_product":"whatsapp","email":"not-an-email"}""", "email")]
    [InlineData("""{"messaging_product":"whatsapp","websites":["https://a.example","https://b.example","https://c.example"]}""", "websites")]
    [InlineData("""{"messaging_product":"whatsapp","vertical":"SPACESHIPS"}""", "vertical")]
    [InlineData("""{"messaging_product":"whatsapp","about":"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890"}""", "about")]
    public async Task Invalid_profile_values_are_code_100_naming_the_field(string body, string field)
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.Graph.PostAsync($"{host.Options.PhoneNumberId}/whatsapp_business_profile", body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(100, answer.ErrorCode);
        Assert.Contains(field, answer.ErrorText);
    }
}
