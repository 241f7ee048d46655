using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Wasel.Platform.Http;

namespace Wasel.Integrations.ApiKeys;

public static class ApiKeysFeature
{
    public static IHostApplicationBuilder AddApiKeys(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopes.All)
            authorization.AddPolicy(scope, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser().RequireClaim(ApiScopes.ClaimType, scope));
        builder.Services.AddSingleton<ApiKeyCache>();
        builder.Services.AddScoped<CreateApiKey>();
        builder.Services.AddScoped<ListApiKeys>();
        builder.Services.AddScoped<RevokeApiKey>();
        return builder;
    }

    public static RouteGroupBuilder MapApiKeys(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(ApiScopes.ApiKeysManage);
        group.MapPost("/", async Task<Results<Created<CreatedApiKey>, ValidationProblem>> (CreateApiKeyRequest request, CreateApiKey create, CancellationToken ct) =>
        {
            var result = await create.HandleAsync(request, ct);
            return result.Succeeded
                ? TypedResults.Created($"/api/v1/api-keys/{result.Value!.Id}", result.Value)
                : TypedResults.ValidationProblem(result.Errors!);
        }).WithSummary("Create an API key; the response holds the key, shown only this once.");
        return group;
    }
}
