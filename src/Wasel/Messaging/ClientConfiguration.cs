using Microsoft.AspNetCore.Hosting.Server;
using Wasel.Sandbox.State;
using Wasel.WhatsApp;

namespace Wasel.Messaging;

internal static class ClientConfiguration
{
    /// <summary>
    /// The Cloud API client, bound to WhatsApp:*; with no Meta credentials it is pointed at the embedded sandbox over
    /// real HTTP (the same code path as Meta), at this server's own address. Senders wait for the server to start
    /// before the options are first read.
    /// </summary>
    public static void AddCloudApiClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddWhatsAppClient(builder.Configuration.GetSection(WhatsAppOptions.Section));
        builder.Services.AddOptions<WhatsAppOptions>().PostConfigure<WhatsAppConnection, SandboxState, IServer>((options, connection, sandbox, server) =>
        {
            if (!connection.UsesSandbox) return;
            var self = SelfAddress.Of(server)
                ?? throw new InvalidOperationException("The embedded sandbox's address is not known until the server has started.");
            options.BaseUrl = new Uri(self, "sandbox/graph");
            options.AccessToken = sandbox.Settings.AccessToken;
            options.PhoneNumberId = sandbox.Settings.PhoneNumberId;
            options.WabaId = sandbox.Settings.WabaId;
            options.AppId = sandbox.Settings.AppId;
            options.AppSecret = sandbox.Settings.AppSecret;
        });
    }
}
