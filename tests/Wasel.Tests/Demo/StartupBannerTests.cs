using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wasel.Demo;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Demo;

public class StartupBannerTests
{
    [Fact]
    public async Task Start_up_message_says_where_to_go_and_how_to_get_an_api_key()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var banner = app.Services.GetServices<IHostedService>().OfType<StartupBanner>().Single();

        var text = banner.Text("http://localhost:5080");

        Assert.Contains("http://localhost:5080/sandbox/phone", text);
        Assert.Contains("http://localhost:5080/api/reference", text);
        Assert.Contains("http://localhost:5080/health/ready", text);
        Assert.Contains("SQLite, /", text);
        Assert.Contains("built-in sandbox", text);
        Assert.Contains("dotnet run --project src/Wasel -- api-keys create --name NAME --scopes messages:send,conversations:read", text);
        Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
    }
}
