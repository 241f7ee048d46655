using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;

namespace Wasel.Agents.Account;

/// <summary>
/// The two account actions that are plain form posts (antiforgery is checked because they read the form):
/// sign out, and switch the UI language. The sign-in, password and denied pages are Razor pages beside this file.
/// </summary>
internal static class AccountEndpoints
{
    public static void Map(WebApplication app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();

        account.MapPost("/sign-out", async Task<RedirectHttpResult> (SignInManager<Agent> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/sign-in");
        });

        account.MapPost("/language", async Task<RedirectHttpResult> (
            [FromForm] string language, [FromForm] string? returnUrl, ClaimsPrincipal user, HttpResponse response,
            IDbContextFactory<WaselDb> dbFactory, CancellationToken ct) =>
        {
            language = UiCulture.Normalize(language);
            if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id)
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                await db.Users.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UiLanguage, language), ct);
            }
            UiCulture.SetCookie(response, language);
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
    }
}
