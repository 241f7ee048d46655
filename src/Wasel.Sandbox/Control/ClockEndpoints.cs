using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Control;

public sealed record AdvanceClockRequest([property: JsonPropertyName("seconds")] double? Seconds);

public sealed record ClockResponse(
    [property: JsonPropertyName("now")] DateTimeOffset Now,
    [property: JsonPropertyName("unix")] long Unix,
    [property: JsonPropertyName("offset_seconds")] double OffsetSeconds);

/// <summary>The sandbox clock (moved forward to step past windows and tier periods) and the reset of everything.</summary>
internal static class ClockEndpoints
{
    public static void MapClockAndReset(this RouteGroupBuilder api)
    {
        api.MapGet("/clock", (SandboxState state) => TypedResults.Ok(Now(state.Clock)))
            .WithName("GetClock").WithSummary("The sandbox's now and how far it was moved forward").WithTags("Clock");
        api.MapPost("/clock/advance", Results<Ok<ClockResponse>, ValidationProblem> (AdvanceClockRequest request, SandboxState state) =>
            {
                if (request.Seconds is not > 0)
                    return ControlProblems.Invalid("seconds", "seconds must be more than 0, e.g. {\"seconds\":86400} to step past the 24-hour window.");
                state.Clock.Advance(TimeSpan.FromSeconds(request.Seconds.Value));
                return TypedResults.Ok(Now(state.Clock));
            })
            .WithName("AdvanceClock").WithSummary("Move the sandbox clock forward (it never goes back, except by reset)").WithTags("Clock");
        api.MapPost("/reset", (SandboxState state) =>
            {
                state.Reset();
                return TypedResults.NoContent();
            })
            .WithName("Reset")
            .WithSummary("Forget customers, messages, media, templates, counters and load runs; restore the configured settings and clock")
            .WithTags("Settings");
    }

    private static ClockResponse Now(SandboxClock clock)
    {
        var now = clock.UtcNow;
        return new ClockResponse(now, now.ToUnixTimeSeconds(), clock.Offset.TotalSeconds);
    }
}
