using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Extensions;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Templates;

/// <summary>POST/GET/DELETE /{waba-id}/message_templates (template management page).</summary>
internal static class TemplateEndpoints
{
    public static void MapTemplates(this IEndpointRouteBuilder graph)
    {
        graph.MapPost("/{wabaId}/message_templates", CreateAsync);
        graph.MapGet("/{wabaId}/message_templates", List);
        graph.MapDelete("/{wabaId}/message_templates", Delete);
    }

    private static async Task<IResult> CreateAsync(string wabaId, HttpRequest request, SandboxState state, TemplateStore store)
    {
        if (wabaId != state.Settings.WabaId) return GraphError.UnknownObject(wabaId, "post").ToResult();
        var (body, readError) = await GraphRequest.ReadAsync(request);
        if (body is null) return readError!.ToResult();
        var (draft, error) = TemplateValidator.Validate(body);
        if (draft is null) return error!.ToResult();
        var (template, createError) = store.Create(draft);
        if (template is null) return createError!.ToResult();
        return Results.Json(new JsonObject { ["id"] = template.Id, ["status"] = "PENDING", ["category"] = template.Category });
    }

    private static IResult List(string wabaId, HttpRequest request, SandboxState state, TemplateStore store)
    {
        if (wabaId != state.Settings.WabaId) return GraphError.UnknownObject(wabaId, "get").ToResult();
        var query = request.Query;
        var limit = int.TryParse(query["limit"], out var l) && l > 0 ? Math.Min(l, 1000) : 25;
        var status = query["status"].ToString();
        var name = query["name"].ToString();
        var matching = store.All
            .Where(t => status.Length == 0 || status.Split(',').Any(s => s.Trim().Equals(t.Status, StringComparison.OrdinalIgnoreCase)))
            .Where(t => name.Length == 0 || t.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .ToList();

        var start = 0;
        if (query["after"].ToString() is { Length: > 0 } after)
        {
            if (Cursor.Decode(after) is not { } afterId) return GraphError.InvalidParameter("Param after is not a valid cursor.").ToResult();
            start = matching.FindIndex(t => string.CompareOrdinal(t.Id, afterId) > 0);
            if (start < 0) start = matching.Count;
        }
        else if (query["before"].ToString() is { Length: > 0 } before)
        {
            if (Cursor.Decode(before) is not { } beforeId) return GraphError.InvalidParameter("Param before is not a valid cursor.").ToResult();
            var end = matching.FindIndex(t => t.Id == beforeId);
            start = Math.Max(0, (end < 0 ? 0 : end) - limit);
        }
        var page = matching.Skip(start).Take(limit).ToList();
        var fields = GraphRequest.Fields(request);
        var result = new JsonObject { ["data"] = new JsonArray(page.Select(t => (JsonNode)t.ToJson(fields)).ToArray()) };
        if (page.Count > 0)
        {
            var paging = new JsonObject
            {
                ["cursors"] = new JsonObject { ["before"] = Cursor.Encode(page[0].Id), ["after"] = Cursor.Encode(page[^1].Id) },
            };
            if (start + page.Count < matching.Count)
            {
                var next = new UriBuilder(request.GetEncodedUrl());
                var nextQuery = QueryString.Create(query.Where(q => q.Key is not ("after" or "before"))
                    .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())).Append(KeyValuePair.Create("after", (string?)Cursor.Encode(page[^1].Id))));
                next.Query = nextQuery.Value?.TrimStart('?');
                paging["next"] = next.Uri.ToString();
            }
            result["paging"] = paging;
        }
        return Results.Json(result);
    }

    private static IResult Delete(string wabaId, HttpRequest request, SandboxState state, TemplateStore store)
    {
        if (wabaId != state.Settings.WabaId) return GraphError.UnknownObject(wabaId, "delete").ToResult();
        var name = request.Query["name"].ToString();
        if (name.Length == 0) return GraphError.InvalidParameter("The parameter name is required.").ToResult();
        var hsmId = request.Query["hsm_id"].ToString();
        var deleted = store.Delete(name, hsmId.Length == 0 ? null : hsmId);
        return deleted == 0
            ? GraphError.InvalidParameter($"Message template \"{name}\" was not found.").ToResult()
            : Results.Json(new JsonObject { ["success"] = true });
    }

    /// <summary>Opaque paging cursors, as Meta's are: base64 of the template id.</summary>
    private static class Cursor
    {
        public static string Encode(string id) => Convert.ToBase64String(Encoding.ASCII.GetBytes(id));

        public static string? Decode(string cursor)
        {
            try
            {
                var id = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
                return id.Length > 0 && id.All(char.IsAsciiDigit) ? id : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
