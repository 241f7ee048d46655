using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Tests.Infrastructure;

/// <summary>
/// The sandbox as it runs standalone, on a real Kestrel port on 127.0.0.1, so that tests talk to it over HTTP
/// exactly as a Cloud API client would. Settings are overridden per test.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private SandboxHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
        Graph = new HttpClient { BaseAddress = new Uri(baseAddress, "graph/v23.0/") };
        Graph.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Options.AccessToken);
    }

    /// <summary>Root of the sandbox, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Client for the whole sandbox (control API at api/…, phone page at phone).</summary>
    public HttpClient Http { get; }

    /// <summary>Client for the Graph API at graph/v23.0/, with the sandbox's access token.</summary>
    public HttpClient Graph { get; }

    public IServiceProvider Services => app.Services;

    public SandboxState State => app.Services.GetRequiredService<SandboxState>();

    public SandboxOptions Options => State.Settings;

    public static async Task<SandboxHost> StartAsync(Action<SandboxOptions>? configure = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (time is not null) builder.Services.AddSingleton(time);
        builder.AddSandbox(o =>
        {
            // Tests are fast by default; a test that is about delays sets its own.
            o.SentDelayMs = 0;
            o.DeliveredDelayMs = 0;
            o.ReadDelayMs = -1;
            o.TemplateReviewDelayMs = 0;
            o.WebhookRetryInitialDelayMs = 20;
            configure?.Invoke(o);
        });
        var app = builder.Build();
        app.MapSandbox();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Urls.First();
        return new SandboxHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Graph.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
