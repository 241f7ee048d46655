using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Wasel.Agents;

namespace Wasel.Platform.Ui;

/// <summary>The web UI: Blazor with interactive server rendering, in English and Arabic (right-to-left).</summary>
public static class UiFeature
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("ar")];

    public static IHostApplicationBuilder AddUi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddLocalization();
        builder.Services.AddScoped<CurrentStaff>();
        return builder;
    }

    public static WebApplication MapUi(this WebApplication app)
    {
        // The language comes from the culture cookie set when the person chooses or signs in, else the browser's.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
        });
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
