using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Control;

internal static partial class CustomerEndpoints
{
    public static void MapCustomers(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");

        customers.MapPost("", Create)
            .WithName("CreateCustomer")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Create a simulated customer")
            .WithDescription("wa_id is the number with country code (8–15 digits; '+' and spaces are ignored). " +
                "language (e.g. ar, en) is what the phone page and load generator write in. on_whatsapp=false makes sends to it fail with 131026.");
        customers.MapGet("", (SandboxState state) =>
                TypedResults.Ok(state.Customers.OrderBy(c => c.CreatedAt).Select(c => CustomerResponse.From(c, state)).ToList()))
            .WithName("ListCustomers")
            .WithSummary("List simulated customers");
        customers.MapGet("/{wa_id}", Get)
            .WithName("GetCustomer")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one simulated customer, with their service and free-entry-point windows");
        customers.MapDelete("/{wa_id}", Delete)
            .WithName("DeleteCustomer")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Forget a simulated customer and their messages");
    }

    private static Results<Created<CustomerResponse>, ValidationProblem, ProblemHttpResult> Create(
        CreateCustomerRequest request, SandboxState state)
    {
        var errors = new Dictionary<string, string[]>();
        var waId = WaIds.Normalize(request.WaId);
        if (waId is null) errors["wa_id"] = ["wa_id " + WaIds.Rule];
        if (string.IsNullOrWhiteSpace(request.Name)) errors["name"] = ["name is required: the profile name the business sees (e.g. \"Noura\")."];
        var language = string.IsNullOrWhiteSpace(request.Language) ? "en" : request.Language.Trim();
        if (!LanguageTag().IsMatch(language)) errors["language"] = ["language must be a language code such as ar or en."];
        if (errors.Count > 0) return ControlProblems.Invalid(errors);

        var created = new SimulatedCustomer
        {
            WaId = waId!, Name = request.Name!.Trim(), Language = language, OnWhatsApp = request.OnWhatsApp ?? true,
            CreatedAt = state.Clock.UtcNow,
        };
        var stored = state.GetOrAddCustomer(waId!, () => created);
        if (!ReferenceEquals(stored, created))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Customer exists",
                detail: $"A simulated customer with wa_id '{waId}' exists. Use another number, or DELETE /api/customers/{waId} first.");
        return TypedResults.Created($"customers/{waId}", CustomerResponse.From(stored, state));
    }

    private static Results<Ok<CustomerResponse>, ProblemHttpResult> Get([FromRoute(Name = "wa_id")] string waId, SandboxState state) =>
        Find(state, waId) is { } customer
            ? TypedResults.Ok(CustomerResponse.From(customer, state))
            : ControlProblems.UnknownCustomer(waId);

    private static Results<NoContent, ProblemHttpResult> Delete([FromRoute(Name = "wa_id")] string waId, SandboxState state) =>
        state.RemoveCustomer(WaIds.Normalize(waId) ?? waId) ? TypedResults.NoContent() : ControlProblems.UnknownCustomer(waId);

    /// <summary>The customer a route's wa_id names, accepting the same spellings as creation does.</summary>
    public static SimulatedCustomer? Find(SandboxState state, string waId) => state.FindCustomer(WaIds.Normalize(waId) ?? waId);

    [GeneratedRegex("^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})?$")]
    private static partial Regex LanguageTag();
}
