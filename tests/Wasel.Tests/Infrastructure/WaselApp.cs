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
    private readonly bool ownsDatabase;

    private WaselApp(TestDatabase database, Dictionary<string, string?> settings, bool ownsDatabase = true)
    {
        this.database = database;
        this.settings = settings;
        this.ownsDatabase = ownsDatabase;
    }

    /// <summary>A second app on an existing database (e.g. a restart after a crash); the caller disposes the database.</summary>
    public static WaselApp StartOn(TestDatabase database, Dictionary<string, string?>? settings = null, bool kestrel = false)
    {
        var all = new Dictionary<string, string?>(kestrel ? KestrelDefaults : [])
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Wasel"] = database.ConnectionString,
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var app = new WaselApp(database, all, ownsDatabase: false);
        if (kestrel)
        {
            app.UseKestrel(0);
            app.StartServer();
        }
        else _ = app.Server;
        return app;
    }

    private static readonly Dictionary<string, string?> KestrelDefaults = new()
    {
        ["Sandbox:SentDelayMs"] = "0",
        ["Sandbox:DeliveredDelayMs"] = "20",
        ["Sandbox:ReadDelayMs"] = "-1",
        ["Sandbox:TemplateReviewDelayMs"] = "0",
        ["Sandbox:WebhookRetryInitialDelayMs"] = "50",
        ["Dispatch:Poll"] = "00:00:00.200",
    };

    /// <summary>The app's clock (shared with its embedded sandbox); move it forward to step past windows.</summary>
    public ShiftableTime Time { get; } = new();

    /// <summary>
    /// Wasel on a real Kestrel port on 127.0.0.1, as it runs for users: the embedded sandbox and Wasel talk over
    /// real HTTP (Graph API calls one way, signed webhooks the other). Sandbox delays are short so that tests are quick.
    /// </summary>
    public static async Task<WaselApp> StartOnKestrelAsync(DatabaseProvider provider, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(KestrelDefaults);
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var database = await TestDatabase.CreateAsync(provider);
        all["Database:Provider"] = provider.ToString();
        all["ConnectionStrings:Wasel"] = database.ConnectionString;
        var app = new WaselApp(database, all);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    public static async Task<WaselApp> StartAsync(DatabaseProvider provider, Dictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Wasel"] = database.ConnectionString,
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
        // Tests make their own data; the demo tests turn seeding on.
        if (!settings.ContainsKey("Demo:Seed")) builder.UseSetting("Demo:Seed", "false");
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Time));
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
        if (ownsDatabase) await database.DisposeAsync();
    }
}
