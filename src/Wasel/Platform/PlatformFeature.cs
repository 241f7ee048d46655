using Microsoft.Extensions.DependencyInjection.Extensions;
using Scalar.AspNetCore;

namespace Wasel.Platform;

public static class PlatformFeature
{
    public static IHostApplicationBuilder AddPlatform(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        // snake_case on the wire, like the Cloud API that integrators already know.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower));
        });
        builder.Services.AddHealthChecks();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Wasel API";
            document.Info.Version = "v1";
            document.Info.Description = "Send WhatsApp messages, read conversations and manage contacts. " +
                "Authenticate with an API key: 'Authorization: Bearer wsl_…'.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        // Live: the process answers. Ready: it can also reach its database.
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/reference", options => options.WithTitle("Wasel API").AddDocument("v1", routePattern: "/openapi/v1.json"));
        return app;
    }

    /// <summary>The one versioned API group; each feature maps its routes under it.</summary>
    public static RouteGroupBuilder MapApi(this WebApplication app) => app.MapGroup("/api/v1");
}
