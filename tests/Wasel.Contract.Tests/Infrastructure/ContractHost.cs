using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wasel.Sandbox;
using Wasel.Sandbox.Graph;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Webhooks;
using Wasel.WhatsApp;

namespace Wasel.Contract.Tests.Infrastructure;

/// <summary>
/// The sandbox on a real Kestrel port on 127.0.0.1 and a <see cref="WhatsAppClient"/> pointed at its Graph API, as an
/// application would register it. Webhook delivery is switched off: published changes are read from the queue by
/// <see cref="Webhooks"/>. Each test starts its own host.
/// </summary>
public sealed class ContractHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<ServiceProvider> clients = [];

    private ContractHost(WebApplication app, Uri root, GraphRequestLog requests)
    {
        this.app = app;
        Root = root;
        Requests = requests;
        Webhooks = new PublishedWebhooks(app.Services.GetRequiredService<WebhookPublisher>(), Settings.WabaId);
    }

    /// <summary>Root of the sandbox, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Root { get; }

    public GraphRequestLog Requests { get; }

    public PublishedWebhooks Webhooks { get; }

    public IServiceProvider Services => app.Services;

    public SandboxState State => app.Services.GetRequiredService<SandboxState>();

    public SandboxOptions Settings => State.Settings;

    public GraphFaults Faults => app.Services.GetRequiredService<GraphFaults>();

    /// <summary>A client with the sandbox's ids and token and short retry delays.</summary>
    public WhatsAppClient Client { get; private set; } = null!;

    public static async Task<ContractHost> StartAsync(Action<SandboxOptions>? sandbox = null, Action<WhatsAppOptions>? client = null, TimeProvider? sandboxTime = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (sandboxTime is not null) builder.Services.AddSingleton(sandboxTime);
        builder.AddSandbox(o =>
        {
            // Fast by default; a test about one of these sets its own.
            o.SentDelayMs = 0;
            o.DeliveredDelayMs = 0;
            o.ReadDelayMs = -1;
            o.TemplateReviewDelayMs = 0;
            sandbox?.Invoke(o);
        });
        // Webhook delivery is not under test here: its hosted service would drain the queue the tests read.
        foreach (var delivery in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Namespace == typeof(WebhookPublisher).Namespace).ToList())
            builder.Services.Remove(delivery);
        var app = builder.Build();
        var requests = new GraphRequestLog();
        app.Use((context, next) =>
        {
            requests.Record(context.Request.Method, context.Request.Path.Value ?? "");
            return next(context);
        });
        app.MapSandbox();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var host = new ContractHost(app, new Uri(app.Urls.First().TrimEnd('/') + "/"), requests);
        host.Client = host.NewClient(client);
        return host;
    }

    /// <summary>Another client on the same sandbox, e.g. with a wrong token or other timeouts.</summary>
    public WhatsAppClient NewClient(Action<WhatsAppOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddWhatsAppClient(o =>
        {
            o.BaseUrl = new Uri(Root, "graph");
            o.AccessToken = Settings.AccessToken;
            o.PhoneNumberId = Settings.PhoneNumberId;
            o.WabaId = Settings.WabaId;
            o.AppId = Settings.AppId;
            o.MaxRetries = 3;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        lock (clients) clients.Add(provider);
        return provider.GetRequiredService<WhatsAppClient>();
    }

    /// <summary>A customer who wrote just now, so that the customer-service window is open.</summary>
    public SimulatedCustomer CustomerWhoJustWrote(string waId)
    {
        var customer = State.GetOrAddCustomer(waId, () => new SimulatedCustomer { WaId = waId, Name = "Customer " + waId, CreatedAt = State.Clock.UtcNow });
        lock (State.Sync) customer.LastInboundAt = State.Clock.UtcNow;
        return customer;
    }

    /// <summary>The outbound message the sandbox recorded under <paramref name="messageId"/>.</summary>
    public SandboxMessage Recorded(string messageId) =>
        State.FindMessage(messageId) ?? throw new Xunit.Sdk.XunitException($"The sandbox recorded no message {messageId}.");

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in clients) await provider.DisposeAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
