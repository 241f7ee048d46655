using Microsoft.AspNetCore.Http.HttpResults;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Control.Load;

internal static class LoadEndpoints
{
    public const int MaxCustomers = 100_000;
    public const double MaxRate = 10_000;
    public const double MaxSeconds = 3600;

    public static void MapLoad(this RouteGroupBuilder api)
    {
        var load = api.MapGroup("/load").WithTags("Load generator");
        load.MapPost("", Start)
            .WithName("StartLoad")
            .WithSummary("Make N customers send texts at R a second for T seconds, in the background")
            .WithDescription("Customers are wa_id_prefix (default 9665) plus a zero-padded index and are created when absent. " +
                "language is ar, en or mixed. Bounds: customers ≤ 100000, rate_per_second ≤ 10000, seconds ≤ 3600.");
        load.MapGet("/{id}", Results<Ok<LoadProgress>, ProblemHttpResult> (string id, LoadGenerator generator, SandboxState state) =>
                generator.Find(id) is { } run ? TypedResults.Ok(run.Progress(state.Clock.Time)) : UnknownRun(id))
            .WithName("GetLoad").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Progress of a load run: sent, elapsed, done");
        load.MapDelete("/{id}", Results<Ok<LoadProgress>, ProblemHttpResult> (string id, LoadGenerator generator, SandboxState state) =>
                generator.Stop(id) is { } run ? TypedResults.Ok(run.Progress(state.Clock.Time)) : UnknownRun(id))
            .WithName("StopLoad").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Stop a load run");
    }

    private static Results<Accepted<LoadProgress>, ValidationProblem> Start(StartLoadRequest request, LoadGenerator generator,
        SandboxState state)
    {
        var errors = new Errors();
        if (request.Customers is not (>= 1 and <= MaxCustomers)) errors.Add("customers", $"customers must be between 1 and {MaxCustomers}.");
        if (request.RatePerSecond is not (> 0 and <= MaxRate)) errors.Add("rate_per_second", $"rate_per_second must be more than 0 and at most {MaxRate}.");
        if (request.Seconds is not (> 0 and <= MaxSeconds)) errors.Add("seconds", $"seconds must be more than 0 and at most {MaxSeconds}.");
        var language = request.Language ?? "mixed";
        if (language is not ("ar" or "en" or "mixed")) errors.Add("language", "language must be ar, en or mixed.");
        var prefix = request.WaIdPrefix ?? "9665";
        if (prefix.Length is < 1 or > 10 || !prefix.All(char.IsAsciiDigit))
            errors.Add("wa_id_prefix", "wa_id_prefix must be 1 to 10 digits, a country code and more (e.g. 9665).");
        if (errors.Count > 0) return ControlProblems.Invalid(errors);

        var run = generator.Start(request.Customers!.Value, request.RatePerSecond!.Value, request.Seconds!.Value, language, prefix);
        return TypedResults.Accepted($"load/{run.Id}", run.Progress(state.Clock.Time));
    }

    private static ProblemHttpResult UnknownRun(string id) => TypedResults.Problem(statusCode: 404, title: "Unknown load run",
        detail: $"No load run has id '{id}'. Runs are forgotten on reset; start one with POST /api/load.");
}
