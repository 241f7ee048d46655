namespace Wasel.Demo;

/// <summary>The "Demo" configuration section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo brand into an empty database at start (only with the built-in sandbox).</summary>
    public bool Seed { get; set; } = true;
}

public static class DemoFeature
{
    /// <summary>
    /// Seeds the demo brand on first start and prints where to go once the server listens. Call after AddData:
    /// hosted services start in registration order, so the seeder runs after the database is migrated.
    /// </summary>
    public static IHostApplicationBuilder AddDemo(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        builder.Services.AddSingleton<DemoSandbox>();
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoSeeder>());
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }
}
