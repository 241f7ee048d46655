using Microsoft.AspNetCore.Http.HttpResults;

namespace Wasel.Sandbox.Control;

/// <summary>The control API's expected failures as RFC 9457 problem details, each saying how to fix it.</summary>
internal static class ControlProblems
{
    public static ProblemHttpResult UnknownCustomer(string waId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown customer",
        detail: $"No simulated customer has wa_id '{waId}'. Create one with POST /api/customers or list them with GET /api/customers.");

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors);
}

/// <summary>WhatsApp ids of simulated customers: the phone number in digits with country code.</summary>
internal static class WaIds
{
    /// <summary>Strips what people type around a number (+, spaces, dashes, brackets); null when what is left is not 8–15 digits.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = string.Concat(input.Where(c => c is not ('+' or ' ' or '-' or '(' or ')')));
        return digits.Length is >= 8 and <= 15 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    public const string Rule = "must be the customer's number with country code, 8 to 15 digits (e.g. 966501234567); '+' and spaces are ignored.";
}
