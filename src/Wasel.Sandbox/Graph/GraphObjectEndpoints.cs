using System.Text.Json.Nodes;
using Wasel.Sandbox.Graph.Media;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph;

/// <summary>GET and DELETE /{id}: the business number, a template or a media object, as Graph resolves any node id.</summary>
internal static class GraphObjectEndpoints
{
    public static void MapGraphObjects(this IEndpointRouteBuilder graph)
    {
        graph.MapGet("/{id}", Get);
        graph.MapDelete("/{id}", Delete);
    }

    private static IResult Get(string id, HttpRequest request, SandboxState state, TemplateStore templates, MediaStore media, PhoneNumberFields phone)
    {
        if (id == state.Settings.PhoneNumberId) return phone.Read(GraphRequest.Fields(request));
        if (templates.FindById(id) is { } template) return Results.Json(template.ToJson(GraphRequest.Fields(request)));
        if (media.Find(id) is { } stored)
        {
            if (request.Query["phone_number_id"].ToString() is { Length: > 0 } owner && owner != state.Settings.PhoneNumberId)
                return GraphError.InvalidParameter($"Param phone_number_id '{owner}' does not own media {id}.").ToResult();
            return Results.Json(MediaEndpoints.Describe(stored, request, state.Settings));
        }
        return GraphError.UnknownObject(id, "get").ToResult();
    }

    private static IResult Delete(string id, MediaStore media) =>
        media.Remove(id) ? Results.Json(new JsonObject { ["success"] = true }) : GraphError.UnknownObject(id, "delete").ToResult();
}
