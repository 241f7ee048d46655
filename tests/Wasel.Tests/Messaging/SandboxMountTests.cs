using System.Net;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

public class SandboxMountTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_meta_credentials_the_sandbox_is_served()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/sandbox/api/customers", Ct)).StatusCode);
    }

    [Fact]
    public async Task With_meta_credentials_the_sandbox_and_its_control_api_are_not_exposed()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite, new()
        {
            ["WhatsApp:AccessToken"] = "EAAG-test-token",
            ["WhatsApp:PhoneNumberId"] = "106540352242922",
            ["WhatsApp:AppSecret"] = "meta-app-secret",
        });
        var http = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/sandbox/api/customers", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/sandbox/phone/", Ct)).StatusCode);
    }
}
