namespace Wasel.Sandbox.Graph;

internal static class GraphFeature
{
    public static IServiceCollection AddSandboxGraph(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapGraph(this IEndpointRouteBuilder app, string prefix) => app.MapGroup(prefix);
}
