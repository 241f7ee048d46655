namespace Wasel.Sandbox.Rules;

internal static class RulesFeature
{
    public static IServiceCollection AddSandboxRules(this IServiceCollection services)
    {
        services.AddSingleton<DeliverySimulator>();
        services.AddSingleton<QualityRating>();
        services.AddSingleton<MessagingLimits>();
        services.AddSingleton<ThroughputLimiter>();
        services.AddSingleton<PairRateLimiter>();
        return services;
    }
}
