using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Agents;

public class SignInTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Signed_in_admin_opens_the_admin_pages_and_their_own_password_page(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var admin = await People.InviteAsync(app, Roles.Admin);
        using var browser = new StaffBrowser(app);

        var signIn = await browser.SignInAsync(admin.Email, admin.Password, "/admin/agents");

        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        Assert.Equal("/admin/agents", signIn.Headers.Location!.AbsolutePath);
        Assert.Equal("localhost", signIn.Headers.Location.Host);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wasel.auth=", StringComparison.Ordinal));
        var adminPage = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        var html = await StaffBrowser.TextAsync(adminPage);
        Assert.Contains("href=\"/admin/agents\"", html);
        Assert.Contains("href=\"/admin/business-profile\"", html);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/agents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/password")).StatusCode);
    }

    [Fact]
    public async Task Without_signing_in_pages_redirect_to_sign_in()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        using var browser = new StaffBrowser(app);

        var response = await browser.GetAsync("/admin/agents");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fadmin%2Fagents", response.Headers.Location.Query);
    }

    [Fact]
    public async Task Wrong_password_says_so_and_gives_no_cookie()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await People.InviteAsync(app, Roles.Agent);
        using var browser = new StaffBrowser(app);

        var response = await browser.SignInAsync(agent.Email, agent.Password + "x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The e-mail or password is wrong", await StaffBrowser.TextAsync(response));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("wasel.auth=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/account/password")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_and_say_when_to_try_again()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await People.InviteAsync(app, Roles.Agent);
        using var browser = new StaffBrowser(app);

        for (var i = 0; i < 5; i++) await browser.SignInAsync(agent.Email, "Wrong-password-1");
        var response = await browser.SignInAsync(agent.Email, agent.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("this account is locked. Try again in 15 minute(s).", await StaffBrowser.TextAsync(response));
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/account/password")).StatusCode);
    }

    [Fact]
    public async Task Disabled_agent_cannot_sign_in()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await People.InviteAsync(app, Roles.Agent);
        await Disable(app, agent.Id);
        using var browser = new StaffBrowser(app);

        var rightPassword = await browser.SignInAsync(agent.Email, agent.Password);
        var wrongPassword = await browser.SignInAsync(agent.Email, "Wrong-password-1");

        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("This account is disabled", await StaffBrowser.TextAsync(rightPassword));
        // Without the password, a disabled account looks like any failed attempt.
        Assert.Contains("The e-mail or password is wrong", await StaffBrowser.TextAsync(wrongPassword));
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/account/password")).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_agent_ends_their_open_session()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await People.InviteAsync(app, Roles.Agent);
        using var browser = new StaffBrowser(app);
        await browser.SignInAsync(agent.Email, agent.Password);

        await Disable(app, agent.Id);
        app.Time.Advance(TimeSpan.FromSeconds(31));

        var response = await browser.GetAsync("/account/password");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("https://evil.example/admin")]
    [InlineData("//evil.example/admin")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Return_url_to_another_host_is_refused(string returnUrl)
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await People.InviteAsync(app, Roles.Agent);
        using var browser = new StaffBrowser(app);

        var response = await browser.SignInAsync(agent.Email, agent.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("localhost", response.Headers.Location!.Host);
        Assert.Equal("/", response.Headers.Location.AbsolutePath);
    }

    [Fact]
    public async Task Sign_in_sets_the_culture_from_the_agents_language()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await People.InviteAsync(app, Roles.Admin);
        await SetUiLanguage(app, agent.Id, "ar");
        using var browser = new StaffBrowser(app);

        var response = await browser.SignInAsync(agent.Email, agent.Password);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Dar%7Cuic%3Dar", StringComparison.Ordinal));
        var page = await StaffBrowser.TextAsync(await browser.GetAsync("/admin"));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page);
        Assert.Contains("الموظفون", page);
    }

    [Fact]
    public async Task Sign_out_needs_the_form_token_and_ends_the_session()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var admin = await People.InviteAsync(app, Roles.Admin);
        using var browser = new StaffBrowser(app);
        await browser.SignInAsync(admin.Email, admin.Password);

        var forged = await browser.Http.PostAsync("/account/sign-out", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);

        var signOut = await browser.PostFormAsync("/account/sign-out", null, [], tokenFrom: "/admin");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/admin")).StatusCode);
    }

    private static async Task Disable(WaselApp app, string agentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Wasel.Agents.Admin.SetAgentDisabled>()
            .HandleAsync(AdminOnly.CommandLine, agentId, true, CancellationToken.None);
        Assert.True(result.Succeeded);
    }

    internal static async Task SetUiLanguage(WaselApp app, string agentId, string language)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaselDb>();
        var agent = await db.Users.FindAsync([agentId], TestContext.Current.CancellationToken);
        agent!.UiLanguage = language;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
