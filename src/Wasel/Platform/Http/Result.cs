namespace Wasel.Platform.Http;

/// <summary>
/// The outcome of a use case: a value, or validation errors keyed by field (each with how to fix it), or a
/// problem (status, title, detail). Expected failures are values, not exceptions.
/// </summary>
public readonly struct Result<T>
{
    private Result(T? value, IDictionary<string, string[]>? errors, Problem? problem)
    {
        Value = value;
        Errors = errors;
        Problem = problem;
    }

    public T? Value { get; }
    public IDictionary<string, string[]>? Errors { get; }
    public Problem? Problem { get; }
    public bool Succeeded => Errors is null && Problem is null;

    public static implicit operator Result<T>(T value) => new(value, null, null);
    public static implicit operator Result<T>(Dictionary<string, string[]> errors) => new(default, errors, null);
    public static implicit operator Result<T>(Problem problem) => new(default, null, problem);
}

/// <summary>A failure other than invalid input: not found, conflict, refused by WhatsApp…</summary>
public sealed record Problem(int Status, string Title, string Detail, IDictionary<string, object?>? Extensions = null)
{
    public static Problem NotFound(string what, string detail) => new(StatusCodes.Status404NotFound, $"{what} not found", detail);
    public static Problem Conflict(string title, string detail) => new(StatusCodes.Status409Conflict, title, detail);
}
