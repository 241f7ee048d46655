namespace Wasel.Sandbox.Control;

internal static class ControlFeature
{
    public static IServiceCollection AddSandboxControl(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapControl(this IEndpointRouteBuilder app, string prefix) => app.MapGroup(prefix);
}
