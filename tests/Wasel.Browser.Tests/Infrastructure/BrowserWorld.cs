using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Browser.Tests.Infrastructure;

/// <summary>
/// Wasel on a free Kestrel port (SQLite, embedded sandbox) and Debian's Chromium driven by Playwright, shared by the
/// tests of a class; each test opens its own browser context and makes its own customers. Without
/// <see cref="ChromiumPath"/> the tests skip (Playwright cannot download a browser here, and need not elsewhere).
/// </summary>
public sealed class BrowserWorld : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;
    private WaselApp? app;

    public WaselApp App => app ?? throw new InvalidOperationException("Call RequireBrowser first.");

    /// <summary>Where Wasel listens, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath)) return;
        app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A fresh page in a new context (own storage), in the given browser language.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-US")
    {
        if (browser is null)
            Assert.Skip($"Browser tests need Chromium at {ChromiumPath} (Debian: apt-get install chromium); .ci/run installs it.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = locale, ViewportSize = new() { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
    }
}
