using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Wasel.Sandbox.Graph;

namespace Wasel.Sandbox.Control;

/// <summary>Body of POST /api/faults.</summary>
public sealed record FaultRequest(
    [property: JsonPropertyName("count")] int? Count,
    [property: JsonPropertyName("status")] int? Status,
    [property: JsonPropertyName("code")] int? Code,
    [property: JsonPropertyName("delay_ms")] int? DelayMs,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("lose_response")] bool? LoseResponse = null,
    [property: JsonPropertyName("delay_answer_ms")] int? DelayAnswerMs = null);

/// <summary>Control endpoints to inject faults into the next Graph requests: POST, GET and DELETE /faults.</summary>
public static class FaultsEndpoints
{
    public static RouteGroupBuilder MapFaults(this RouteGroupBuilder api)
    {
        api.MapPost("/faults", Add).WithSummary("Make the next Graph requests fail or wait: {\"count\":3,\"status\":500,\"code\":131000} or {\"count\":1,\"delay_ms\":5000}; optional \"path\" suffix such as \"messages\"; " +
            "\"lose_response\":true carries the request out and then cuts the connection after delay_ms (a lost answer); " +
            "\"delay_answer_ms\" carries it out at once and holds the answer back (its status webhooks arrive first).");
        api.MapGet("/faults", (GraphFaults faults) => TypedResults.Ok(faults.Pending.Select(ToResponse).ToList())).WithSummary("Faults still waiting to be applied.");
        api.MapDelete("/faults", (GraphFaults faults) => { faults.Clear(); return TypedResults.NoContent(); }).WithSummary("Remove every pending fault.");
        return api;
    }

    private static Results<Created<FaultRequest>, ValidationProblem> Add(FaultRequest request, GraphFaults faults)
    {
        var errors = new Dictionary<string, string[]>();
        var count = request.Count ?? 1;
        if (count is < 1 or > 10_000) errors["count"] = ["count must be between 1 and 10000 (how many Graph requests the fault applies to)."];
        if (request.Status is { } status && status is < 400 or > 599) errors["status"] = ["status must be an HTTP error status between 400 and 599."];
        if (request.Code is < 0) errors["code"] = ["code must be a Graph error code such as 131000 or 130429."];
        if (request.DelayMs is < 0 or > 600_000) errors["delay_ms"] = ["delay_ms must be between 0 and 600000 milliseconds."];
        if (request.DelayAnswerMs is < 0 or > 600_000) errors["delay_answer_ms"] = ["delay_answer_ms must be between 0 and 600000 milliseconds."];
        if (request.Status is null && request.Code is null && (request.DelayMs ?? 0) == 0 && request.LoseResponse != true && (request.DelayAnswerMs ?? 0) == 0)
            errors["status"] = ["Give status and/or code for an error, or delay_ms for a slow answer."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The fault is not valid.");
        if (request.LoseResponse == true && (request.Status is not null || request.Code is not null))
            errors["lose_response"] = ["lose_response carries the request out normally; do not combine it with status or code."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The fault is not valid.");
        var fault = new GraphFault(count, request.Status, request.Code, request.DelayMs ?? 0,
            string.IsNullOrWhiteSpace(request.Path) ? null : request.Path.Trim(), request.LoseResponse == true, request.DelayAnswerMs ?? 0);
        faults.Add(fault);
        return TypedResults.Created("faults", ToResponse(fault));
    }

    private static FaultRequest ToResponse(GraphFault fault) => new(fault.Remaining, fault.Status, fault.Code, fault.DelayMs, fault.PathSuffix, fault.LoseResponse, fault.DelayAnswerMs);
}
