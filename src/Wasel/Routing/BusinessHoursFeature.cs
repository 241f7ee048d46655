namespace Wasel.Routing;

/// <summary>Business hours: when the number is answered, for away messages and SLA clocks.</summary>
public static class BusinessHoursFeature
{
    public static IHostApplicationBuilder AddBusinessHours(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<GetBusinessHours>();
        builder.Services.AddScoped<SaveBusinessHours>();
        return builder;
    }
}
