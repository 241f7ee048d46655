namespace Wasel.Sandbox.Rules;

internal static class RulesFeature
{
    public static IServiceCollection AddSandboxRules(this IServiceCollection services)
    {
        services.AddSingleton<DeliverySimulator>();
        services.AddSingleton<QualityRating>();
        return services;
    }
}
