using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;

namespace Wasel.Tests.Infrastructure;

/// <summary>Wasel on a fresh database of the given provider, with its embedded sandbox.</summary>
public sealed class WaselApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase database;
    private readonly Dictionary<string, string?> settings;

    private WaselApp(TestDatabase database, Dictionary<string, string?> settings)
    {
        this.database = database;
        this.settings = settings;
    }

    public static async Task<WaselApp> StartAsync(DatabaseProvider provider, Dictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Wasel"] = database.ConnectionString,
            ["Demo:Seed"] = "false", // tests make their own data; Demo tests turn it on
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var app = new WaselApp(database, all);
        _ = app.Server; // start now, so that migrations run before the test's first request
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting (not ConfigureAppConfiguration) so that Program sees them before Build, where providers are chosen.
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }

    /// <summary>An HTTP client carrying a fresh API key with these scopes.</summary>
    public async Task<HttpClient> ClientWithScopesAsync(params string[] scopes)
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateApiKey>()
            .HandleAsync(new CreateApiKeyRequest("test-" + Guid.NewGuid().ToString("N")[..8], scopes), CancellationToken.None);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Value!.Key);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
