using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox.Tests.Rules;

/// <summary>
/// The sandbox with webhook delivery switched off, so that a test reads the changes the rules publish straight from
/// the publisher's queue: what would be posted, before signing and batching.
/// </summary>
public sealed class PublishedChangesHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<PendingChange> seen = [];

    private PublishedChangesHost(WebApplication app, Uri root)
    {
        this.app = app;
        Graph = new HttpClient { BaseAddress = new Uri(root, "graph/v23.0/") };
        Graph.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", State.Settings.AccessToken);
    }

    public HttpClient Graph { get; }

    public IServiceProvider Services => app.Services;

    public SandboxState State => app.Services.GetRequiredService<SandboxState>();

    public static async Task<PublishedChangesHost> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddSandbox(o =>
        {
            o.SentDelayMs = 0;
            o.DeliveredDelayMs = 0;
            o.ReadDelayMs = -1;
            o.TemplateReviewDelayMs = 0;
            configure?.Invoke(o);
        });
        foreach (var delivery in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Namespace == typeof(WebhookPublisher).Namespace).ToList())
            builder.Services.Remove(delivery);
        var app = builder.Build();
        app.MapSandbox();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new PublishedChangesHost(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    /// <summary>Waits (bounded) for a published change of <paramref name="field"/> whose value matches.</summary>
    public async Task<JsonObject> WaitForAsync(string field, Func<JsonObject, bool> match)
    {
        var reader = app.Services.GetRequiredService<WebhookPublisher>().Reader;
        for (var i = 0; i < 500; i++)
        {
            while (reader.TryRead(out var change)) seen.Add(change);
            if (seen.FirstOrDefault(c => c.Field == field && match(c.Value)) is { } found) return found.Value;
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        throw new Xunit.Sdk.XunitException($"No '{field}' change matched; published: {string.Join(", ", seen.Select(c => c.Field + " " + c.Value.ToJsonString()))}");
    }

    public async ValueTask DisposeAsync()
    {
        Graph.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
