using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Wasel.Sandbox.State;

namespace Wasel.Messaging;

/// <summary>
/// With no Meta credentials, points the embedded sandbox's webhooks at this app's own /webhooks/whatsapp once the
/// server knows its address (unless Sandbox:WebhookUrl says otherwise).
/// </summary>
internal sealed class SandboxWiring(IHostApplicationLifetime lifetime, IServer server, SandboxState sandbox, WhatsAppConnection connection, ILogger<SandboxWiring> log)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            if (!connection.UsesSandbox || !string.IsNullOrEmpty(sandbox.Settings.WebhookUrl)) return;
            if (SelfAddress.Of(server) is not { } self) return; // an in-memory test server has no address to post to
            sandbox.ChangeSettings(o => o.WebhookUrl = new Uri(self, "webhooks/whatsapp").ToString());
            log.LogInformation("Sandbox webhooks go to {Url}", sandbox.Settings.WebhookUrl);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The app's own base address, for calls it makes to itself (the embedded sandbox).</summary>
internal static class SelfAddress
{
    public static Uri? Of(IServer server)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null) return null;
        // A wildcard bind (http://+:5080, http://[::]:5080, http://0.0.0.0:5080) is reached on loopback.
        var normalized = address.Replace("://+:", "://localhost:").Replace("://*:", "://localhost:")
            .Replace("://[::]:", "://localhost:").Replace("://0.0.0.0:", "://localhost:");
        return Uri.TryCreate(normalized.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri : null;
    }
}
