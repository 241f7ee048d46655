using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Agents.Admin;
using Wasel.Agents.Teams;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Agents;

/// <summary>
/// One person's browser against a test app: its own cookies, no automatic redirects (tests look at them), and forms
/// posted the way a browser posts them, with the antiforgery token read from the page.
/// </summary>
internal sealed partial class StaffBrowser(WebApplicationFactory<Program> app) : IDisposable
{
    public HttpClient Http { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(path, TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> SignInAsync(string email, string password, string returnUrl = "/admin") =>
        PostFormAsync($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}", "sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Reads the page at <paramref name="path"/> for its token, then posts the form named <paramref name="handler"/> to it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string? handler, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var page = await GetAsync(tokenFrom ?? path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = TokenIn(html) };
        if (handler is not null) form["_handler"] = handler;
        return await Http.PostAsync(path, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    public static string TokenIn(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on the page.");

    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>Makes people and teams through the use cases, as the command line does.</summary>
internal static class People
{
    public static async Task<InvitedAgent> InviteAsync(WaselApp app, string role, params long[] teamIds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var email = $"{role}-{Guid.NewGuid():N}"[..20] + "@example.com";
        var result = await scope.ServiceProvider.GetRequiredService<InviteAgent>()
            .HandleAsync(AdminOnly.CommandLine, new AgentInput("Test " + role, email, role, teamIds, ["en"], null), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.SelectMany(e => e.Value) ?? []));
        return result.Value!;
    }

    public static async Task<long> TeamAsync(WaselApp app, string? name = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateTeam>()
            .HandleAsync(AdminOnly.CommandLine, name ?? "Team " + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        return result.Value!.Id;
    }

    public static async Task<Staff> StaffAsync(WaselApp app, string agentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Wasel.Platform.Data.WaselDb>();
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, agentId)], "test"));
        return (await StaffLoader.LoadAsync(db, principal, CancellationToken.None))!;
    }
}
