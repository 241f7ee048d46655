using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Graph;

/// <summary>Reads a Graph request body: JSON, or form fields (which Graph accepts too), as one JSON object.</summary>
public static class GraphRequest
{
    public static async Task<(JsonObject? Body, GraphError? Error)> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var fromForm = new JsonObject();
            foreach (var (key, value) in form) fromForm[key] = value.ToString();
            return (fromForm, null);
        }
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return node is JsonObject body ? (body, null) : (null, GraphError.InvalidParameter("The request body must be a JSON object."));
        }
        catch (JsonException e)
        {
            return (null, GraphError.InvalidParameter($"The request body is not valid JSON: {e.Message}"));
        }
    }

    /// <summary>The ?fields= list, or null when absent.</summary>
    public static IReadOnlySet<string>? Fields(HttpRequest request)
    {
        var text = request.Query["fields"].ToString();
        return string.IsNullOrWhiteSpace(text)
            ? null
            : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }
}
