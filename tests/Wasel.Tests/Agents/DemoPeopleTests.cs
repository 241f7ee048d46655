using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wasel.Agents;
using Wasel.Demo;
using Wasel.Platform.Data;
using Wasel.Tests.Demo;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Agents;

public class DemoPeopleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_accounts_sign_in_with_the_passwords_the_start_up_message_shows_once()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var seeded = DemoApp.Start(app, seed: true, DemoApp.Now);
        var banner = seeded.Services.GetServices<IHostedService>().OfType<StartupBanner>().Single();
        var accounts = seeded.Services.GetRequiredService<DemoSeeder>().Accounts;

        Assert.Equal(DemoPeople.All.Select(p => p.Email), accounts.Select(a => a.Email));
        Assert.Equal(DemoPeople.All.Select(p => p.Role).ToHashSet(), Roles.All.ToHashSet());
        var text = banner.Text("http://localhost:5080");
        Assert.All(accounts, a => Assert.Contains($"{a.Email,-22} {a.Password}", text));

        var admin = accounts.Single(a => a.Role == Roles.Admin);
        using var browser = new StaffBrowser(seeded);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(admin.Email, admin.Password)).StatusCode);

        // A later start knows the accounts but not their passwords.
        var restarted = DemoApp.Start(app, seed: true, DemoApp.Now.AddDays(1));
        var later = restarted.Services.GetServices<IHostedService>().OfType<StartupBanner>().Single().Text("http://localhost:5080");
        Assert.Empty(restarted.Services.GetRequiredService<DemoSeeder>().Accounts);
        Assert.Contains("agents reset-password --email E", later);
        Assert.All(accounts, a => Assert.DoesNotContain(a.Password, later));
    }

    [Fact]
    public async Task Demo_conversations_sit_in_team_queues_so_that_each_agent_sees_a_different_inbox()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var seeded = DemoApp.Start(app, seed: true, DemoApp.Now);
        await using var scope = seeded.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaselDb>();
        var ids = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id, Ct);
        var staff = new Dictionary<string, Staff>();
        foreach (var person in DemoPeople.All) staff[person.Key] = (await StaffLoader.LoadAsync(db, PrincipalOf(ids[person.Email]), Ct))!;

        var all = await db.Conversations.CountAsync(Ct);
        var sara = await db.Conversations.VisibleTo(staff["sara"]).ToListAsync(Ct);
        var omar = await db.Conversations.VisibleTo(staff["omar"]).ToListAsync(Ct);
        var huda = await db.Conversations.VisibleTo(staff["huda"]).CountAsync(Ct);

        Assert.Equal(all, huda);
        Assert.InRange(sara.Count, 1, all - 1);
        Assert.InRange(omar.Count, 1, all - 1);
        Assert.Contains(sara, c => c.AssigneeId == ids[$"sara@{DemoPeople.Domain}"] && c.TeamId != null && !staff["sara"].TeamIds.Contains(c.TeamId.Value));
        Assert.Contains(await db.Conversations.ToListAsync(Ct), c => c.TeamId != null && c.AssigneeId == null);
        Assert.DoesNotContain(await db.Conversations.Select(c => c.AssigneeId).ToListAsync(Ct), a => a is "sara" or "omar" or "james");
    }

    private static ClaimsPrincipal PrincipalOf(string id) => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id)], "test"));
}
