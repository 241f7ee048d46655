using Microsoft.AspNetCore.Localization;

namespace Wasel.Agents.Account;

/// <summary>The UI languages and the cookie that carries the person's choice to request localization.</summary>
public static class UiCulture
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "ar"];

    public static string Normalize(string? language) => language is not null && Languages.Contains(language) ? language : "en";

    public static void SetCookie(HttpResponse response, string language) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Normalize(language))),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
}
