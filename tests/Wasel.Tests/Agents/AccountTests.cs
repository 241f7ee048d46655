using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Agents;

public class AccountTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var agent = await People.InviteAsync(app, Roles.Agent);
        using var laptop = new StaffBrowser(app);
        using var phone = new StaffBrowser(app);
        await laptop.SignInAsync(agent.Email, agent.Password);
        await phone.SignInAsync(agent.Email, agent.Password);

        var change = await laptop.PostFormAsync("/account/password", "password",
            new() { ["Input.Current"] = agent.Password, ["Input.New"] = "Brand-new-Password-7", ["Input.Confirm"] = "Brand-new-Password-7" });
        Assert.Equal(HttpStatusCode.Found, change.StatusCode);
        Assert.Equal("/account/password?changed=1", change.Headers.Location!.PathAndQuery);

        // Sessions are checked against the security stamp every 30 seconds.
        app.Time.Advance(TimeSpan.FromSeconds(31));
        var onPhone = await phone.GetAsync("/account/password");
        Assert.Equal(HttpStatusCode.Found, onPhone.StatusCode);
        Assert.Equal("/account/sign-in", onPhone.Headers.Location!.AbsolutePath);
        var onLaptop = await laptop.GetAsync("/account/password?changed=1");
        Assert.Equal(HttpStatusCode.OK, onLaptop.StatusCode);
        Assert.Contains("Your password is changed", await StaffBrowser.TextAsync(onLaptop));

        using var again = new StaffBrowser(app);
        Assert.Contains("The e-mail or password is wrong", await StaffBrowser.TextAsync(await again.SignInAsync(agent.Email, agent.Password)));
        Assert.Equal(HttpStatusCode.Found, (await again.SignInAsync(agent.Email, "Brand-new-Password-7")).StatusCode);
    }

    [Fact]
    public async Task Wrong_current_password_or_a_weak_new_one_is_refused_with_the_reason()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await People.InviteAsync(app, Roles.Agent);
        using var browser = new StaffBrowser(app);
        await browser.SignInAsync(agent.Email, agent.Password);

        var wrongCurrent = await browser.PostFormAsync("/account/password", "password",
            new() { ["Input.Current"] = "Not-my-password-1", ["Input.New"] = "Brand-new-Password-7", ["Input.Confirm"] = "Brand-new-Password-7" });
        var weak = await browser.PostFormAsync("/account/password", "password",
            new() { ["Input.Current"] = agent.Password, ["Input.New"] = "short", ["Input.Confirm"] = "short" });
        var differ = await browser.PostFormAsync("/account/password", "password",
            new() { ["Input.Current"] = agent.Password, ["Input.New"] = "Brand-new-Password-7", ["Input.Confirm"] = "Brand-new-Password-8" });

        Assert.Contains("The current password is wrong.", await StaffBrowser.TextAsync(wrongCurrent));
        Assert.Contains("At least 10 characters", await StaffBrowser.TextAsync(weak));
        Assert.Contains("The two new passwords differ", await StaffBrowser.TextAsync(differ));
    }

    [Fact]
    public async Task Language_switch_stores_the_choice_and_flips_the_ui_to_arabic()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var admin = await People.InviteAsync(app, Roles.Admin);
        using var browser = new StaffBrowser(app);
        await browser.SignInAsync(admin.Email, admin.Password);

        var response = await browser.PostFormAsync("/account/language", null, new() { ["language"] = "ar", ["returnUrl"] = "/admin/teams" }, tokenFrom: "/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/teams", response.Headers.Location!.OriginalString);
        var page = await StaffBrowser.TextAsync(await browser.GetAsync("/admin/teams"));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page);
        Assert.Contains("الفرق", page);
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WaselDb>().Users.Where(a => a.Id == admin.Id)
            .Select(a => a.UiLanguage).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("ar", stored);
    }

    [Fact]
    public async Task Language_switch_works_before_signing_in_and_never_redirects_off_site()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        using var browser = new StaffBrowser(app);

        var response = await browser.PostFormAsync("/account/language", null,
            new() { ["language"] = "ar", ["returnUrl"] = "https://evil.example/" }, tokenFrom: "/account/sign-in");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var page = await StaffBrowser.TextAsync(await browser.GetAsync("/account/sign-in"));
        Assert.Contains("تسجيل الدخول إلى واصل", page);
    }

    [Fact]
    public async Task Non_admins_are_denied_the_admin_pages()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        foreach (var role in new[] { Roles.Agent, Roles.Supervisor })
        {
            var person = await People.InviteAsync(app, role);
            using var browser = new StaffBrowser(app);
            await browser.SignInAsync(person.Email, person.Password);

            foreach (var path in new[] { "/admin", "/admin/agents", "/admin/teams", "/admin/api-keys" })
            {
                var response = await browser.GetAsync(path);
                Assert.Equal(HttpStatusCode.Found, response.StatusCode);
                Assert.Equal("/account/denied", response.Headers.Location!.AbsolutePath);
            }
            var denied = await browser.GetAsync("/account/denied");
            Assert.Contains("You do not have access to this page", await StaffBrowser.TextAsync(denied));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/password")).StatusCode);
        }
    }

    [Fact]
    public async Task Interactive_pages_recheck_the_signed_in_person_against_the_database()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();

        var provider = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>();

        Assert.IsType<StaffRevalidation>(provider);
    }
}
