using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Agents;

public class AgentsCommandTests
{
    [Fact]
    public async Task Create_prints_a_password_once_that_signs_in_with_the_role_and_teams_given()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var sales = await People.TeamAsync(app, "Sales");
        var (code, output, errors) = await RunAsync(app, "agents", "create", "--email", "nour@example.com", "--name", "نور", "--role", "admin", "--teams", "Sales", "--languages", "ar,en", "--cap", "5");

        Assert.Equal(0, code);
        Assert.Equal("", errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Created admin نور <nour@example.com>.", lines[0]);
        var password = lines[^1];
        using var browser = new StaffBrowser(app);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync("nour@example.com", password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/agents")).StatusCode);
        var staff = await People.StaffAsync(app, await IdOf(app, "nour@example.com"));
        Assert.Equal([sales], staff.TeamIds);
    }

    [Theory]
    [InlineData("--role", "owner", "--role: 'owner' is not a role. Choose one of: admin, supervisor, agent.")]
    [InlineData("--email", "not-an-email", "--email: Give the e-mail address the person signs in with")]
    [InlineData("--teams", "Nowhere", "--teams: there is no team called 'Nowhere'.")]
    [InlineData("--cap", "lots", "--cap: 'lots' is not a whole number.")]
    public async Task Create_rejects_bad_input_naming_the_option(string option, string value, string message)
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var args = new Dictionary<string, string> { ["--email"] = "sam@example.com", ["--name"] = "Sam", ["--role"] = "agent" };
        args[option] = value;

        var (code, output, errors) = await RunAsync(app, ["agents", "create", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, errors);
    }

    [Fact]
    public async Task Without_a_subcommand_it_prints_the_usage()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);

        var (code, _, errors) = await RunAsync(app, "agents");

        Assert.Equal(2, code);
        Assert.Contains("usage: agents create --email EMAIL --name NAME --role admin|supervisor|agent", errors);
    }

    [Fact]
    public async Task Reset_password_gives_a_new_password_and_ends_the_old_one()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await People.InviteAsync(app, Roles.Agent);

        var (code, output, _) = await RunAsync(app, "agents", "reset-password", "--email", agent.Email);

        Assert.Equal(0, code);
        var password = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        using var browser = new StaffBrowser(app);
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(agent.Email, agent.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(agent.Email, password)).StatusCode);
        Assert.Equal(2, (await RunAsync(app, "agents", "reset-password", "--email", "nobody@example.com")).Code);
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(WaselApp app, params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await AgentsCommand.RunAsync(app.Services, args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private static async Task<string> IdOf(WaselApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Agent>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }
}
