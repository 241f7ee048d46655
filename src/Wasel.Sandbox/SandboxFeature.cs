using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Wasel.Sandbox.Control;
using Wasel.Sandbox.Graph;
using Wasel.Sandbox.Phone;
using Wasel.Sandbox.Rules;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox;

public static class SandboxFeature
{
    /// <summary>Registers the sandbox's state, rules and webhook delivery; settings come from the "Sandbox" section.</summary>
    public static IHostApplicationBuilder AddSandbox(this IHostApplicationBuilder builder, Action<SandboxOptions>? configure = null)
    {
        var options = builder.Services.AddOptions<SandboxOptions>().Bind(builder.Configuration.GetSection(SandboxOptions.Section));
        if (configure is not null) options.Configure(configure);
        builder.Services.AddSingleton<IValidateOptions<SandboxOptions>, SandboxOptionsValidator>();
        options.ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SandboxClock>();
        builder.Services.AddSingleton<SandboxState>();
        builder.Services.AddSingleton<MediaStore>();
        builder.Services.AddSandboxRules();
        builder.Services.AddSandboxWebhooks();
        builder.Services.AddSandboxGraph();
        builder.Services.AddSandboxControl();
        builder.Services.AddOpenApi(SandboxOpenApi.DocumentName, SandboxOpenApi.Configure);
        return builder;
    }

    /// <summary>
    /// Maps the sandbox under <paramref name="prefix"/>: Graph API at {prefix}/graph, control API at {prefix}/api,
    /// phone page at {prefix}/phone and the control API's OpenAPI document at {prefix}/api/openapi/sandbox.json.
    /// </summary>
    public static IEndpointRouteBuilder MapSandbox(this IEndpointRouteBuilder app, string prefix = "")
    {
        var root = app.MapGroup(prefix);
        root.MapGraph("/graph").ExcludeFromDescription();
        root.MapControl("/api").WithGroupName(SandboxOpenApi.DocumentName);
        root.MapPhone("/phone").ExcludeFromDescription();
        // The document name is a route value; the sandbox's document is "sandbox": {prefix}/api/openapi/sandbox.json.
        app.MapOpenApi($"{prefix}/api/openapi/{{documentName}}.json");
        return app;
    }
}
