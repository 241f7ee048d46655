using Wasel.Sandbox.Graph.Media;
using Wasel.Sandbox.Graph.Messages;
using Wasel.Sandbox.Graph.Profile;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.Graph.Uploads;

namespace Wasel.Sandbox.Graph;

/// <summary>The emulated Graph API: same paths, bodies and errors as graph.facebook.com, with and without a version segment.</summary>
internal static class GraphFeature
{
    public static IServiceCollection AddSandboxGraph(this IServiceCollection services)
    {
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<GraphVersionConstraint>(GraphVersionConstraint.Name));
        services.AddSingleton<TemplateStore>();
        services.AddSingleton<BusinessProfile>();
        services.AddSingleton<UploadStore>();
        services.AddSingleton<GraphFaults>();
        services.AddSingleton<PhoneNumberFields>();
        services.AddSingleton<OutboundFailures>();
        services.AddSingleton<MessageSender>();
        return services;
    }

    public static RouteGroupBuilder MapGraph(this IEndpointRouteBuilder app, string prefix)
    {
        // Outside the token check: profile picture URLs are public, as Meta's are, so a browser can show them.
        app.MapProfilePicture(prefix);
        var graph = app.MapGroup(prefix);
        graph.AddEndpointFilter<GraphFaultFilter>();
        graph.AddEndpointFilter<GraphAuthFilter>();
        graph.MapMediaDownload();
        MapNodes(graph.MapGroup($"/{{version:{GraphVersionConstraint.Name}}}"));
        // Some clients call unversioned paths (e.g. whatsapp-api-js for /{phone-id}/calls).
        MapNodes(graph);
        // Anything else gets Graph's error body rather than an empty 404/405, as clients parse error.code.
        graph.MapFallback((HttpRequest request) =>
            GraphError.UnknownObject(request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "", request.Method.ToLowerInvariant()).ToResult());
        return graph;
    }

    private static void MapNodes(IEndpointRouteBuilder graph)
    {
        graph.MapMessages();
        graph.MapMediaUpload();
        graph.MapUploads();
        graph.MapTemplates();
        graph.MapBusinessProfile();
        graph.MapGraphObjects();
    }
}
