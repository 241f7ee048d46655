using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wasel.Integrations.ApiKeys;

namespace Wasel.Contacts;

public static class ContactsFeature
{
    public static IHostApplicationBuilder AddContacts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<UpsertContact>();
        builder.Services.AddScoped<FindContacts>();
        return builder;
    }

    public static RouteGroupBuilder MapContacts(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/contacts").WithTags("Contacts");

        group.MapGet("/{waId}", async Task<Results<Ok<ContactDto>, NotFound<ProblemDetails>>> (string waId, FindContacts find, CancellationToken ct) =>
            await find.ByNumberAsync(waId, ct) is { } contact
                ? TypedResults.Ok(contact)
                : TypedResults.NotFound(new ProblemDetails { Title = "Contact not found", Detail = $"No contact has the WhatsApp id '{waId}'. Create it with PUT /api/v1/contacts/{waId}.", Status = 404 }))
            .RequireAuthorization(ApiScopes.ContactsRead).WithSummary("Get a contact by WhatsApp id (the number with country code, digits only).");

        group.MapGet("/", async Task<Results<Ok<ContactPage>, ValidationProblem>> (string? search, string? tag, int? limit, long? cursor, FindContacts find, CancellationToken ct) =>
            limit is < 1 or > 200
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Ask for 1 to 200 contacts per page."] })
                : TypedResults.Ok(await find.SearchAsync(search, tag, limit ?? 50, cursor, ct)))
            .RequireAuthorization(ApiScopes.ContactsRead).WithSummary("Search contacts by name or number fragment and tag; newest first, paged by cursor.");

        group.MapPut("/{waId}", async Task<Results<Ok<ContactDto>, Created<ContactDto>, ValidationProblem>> (string waId, UpsertContactRequest request, UpsertContact upsert, CancellationToken ct) =>
        {
            var result = await upsert.HandleAsync(waId, request, ct);
            if (!result.Succeeded) return TypedResults.ValidationProblem(result.Errors!);
            var contact = result.Value!.Contact;
            return result.Value.Created ? TypedResults.Created($"/api/v1/contacts/{contact.WaId}", contact) : TypedResults.Ok(contact);
        }).RequireAuthorization(ApiScopes.ContactsWrite).WithSummary("Create or update the contact with this WhatsApp id.");

        return group;
    }
}
