using Wasel.Sandbox.Control.Load;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox.Control;

internal static class ControlFeature
{
    public static IServiceCollection AddSandboxControl(this IServiceCollection services)
    {
        services.AddSingleton<SendInboundMessage>();
        services.AddSingleton<LoadGenerator>();
        return services;
    }

    /// <summary>The control API: simulated customers and what they do, settings, clock, reset, webhook log.</summary>
    public static RouteGroupBuilder MapControl(this IEndpointRouteBuilder app, string prefix)
    {
        var api = app.MapGroup(prefix);
        api.MapCustomers();
        api.MapCustomerMessages();
        api.MapCustomerActions();
        api.MapSettings();
        api.MapClockAndReset();
        api.MapLoad();
        api.MapWebhookDeliveries();
        api.MapFaults();
        return api;
    }
}
