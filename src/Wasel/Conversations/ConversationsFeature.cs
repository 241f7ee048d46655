using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wasel.Integrations.ApiKeys;

namespace Wasel.Conversations;

public static class ConversationsFeature
{
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FindConversations>();
        return builder;
    }

    public static RouteGroupBuilder MapConversations(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/conversations").WithTags("Conversations");

        group.MapGet("/", async Task<Results<Ok<ConversationPage>, ValidationProblem>> (
            string? status, string? assignee, string? contact, string? updated_since, int? limit, string? cursor,
            FindConversations find, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            ConversationStatus? parsedStatus = null;
            if (status is not null)
            {
                if (Enum.TryParse<ConversationStatus>(status, ignoreCase: true, out var s) && !int.TryParse(status, out _)) parsedStatus = s;
                else errors["status"] = ["Use one of: open, pending, snoozed, resolved."];
            }
            DateTimeOffset? since = null;
            if (updated_since is not null)
            {
                if (DateTimeOffset.TryParse(updated_since, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t)) since = t;
                else errors["updated_since"] = ["Give an ISO 8601 time, e.g. 2026-03-01T08:00:00Z."];
            }
            if (limit is < 1 or > 200) errors["limit"] = ["Ask for 1 to 200 conversations per page."];
            if (!FindConversations.IsValidCursor(cursor)) errors["cursor"] = ["Pass the next_cursor value of the previous page unchanged."];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
            return TypedResults.Ok(await find.ListAsync(new ConversationFilter(parsedStatus, assignee, contact, since, limit ?? 50, cursor), ct));
        }).RequireAuthorization(ApiScopes.ConversationsRead)
          .WithSummary("List conversations, latest activity first. Filter by status (open, pending, snoozed, resolved), assignee (a user id or 'none'), contact (WhatsApp id) and updated_since.");

        group.MapGet("/{id:long}", async Task<Results<Ok<ConversationDto>, NotFound<ProblemDetails>>> (long id, FindConversations find, CancellationToken ct) =>
            await find.ByIdAsync(id, ct) is { } conversation ? TypedResults.Ok(conversation) : TypedResults.NotFound(NotFound(id)))
            .RequireAuthorization(ApiScopes.ConversationsRead).WithSummary("Get one conversation.");

        group.MapGet("/{id:long}/messages", async Task<Results<Ok<MessagePage>, NotFound<ProblemDetails>, ValidationProblem>> (
            long id, int? limit, long? before, FindConversations find, CancellationToken ct) =>
        {
            if (limit is < 1 or > 500)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Ask for 1 to 500 messages per page."] });
            return await find.MessagesAsync(id, limit ?? 50, before, ct) is { } page ? TypedResults.Ok(page) : TypedResults.NotFound(NotFound(id));
        }).RequireAuthorization(ApiScopes.ConversationsRead).WithSummary("A conversation's messages, newest first; page with before=next_before.");

        return group;
    }

    internal static ProblemDetails NotFound(long id) => new()
    {
        Status = 404,
        Title = "Conversation not found",
        Detail = $"There is no conversation {id}. List conversations with GET /api/v1/conversations?contact={{wa_id}}.",
    };
}
