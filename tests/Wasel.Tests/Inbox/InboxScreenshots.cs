using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wasel.Agents;
using Wasel.Conversations;
using Wasel.Demo;
using Wasel.Inbox;
using Wasel.Inbox.Live;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox;

/// <summary>
/// Renders the demo brand's inbox, admin agents page and sign-in in English and Arabic into docs/screenshots (run on
/// demand: WASEL_SCREENSHOTS=path/to/docs/screenshots). Signs in the demo's own staff with a cookie in the app's ticket
/// format (their passwords are random), and has two colleagues in the open chat so that the collision warning shows.
/// Needs Chromium at /usr/bin/chromium.
/// </summary>
public class InboxScreenshots
{
    /// <summary>Who takes each language's inbox shots, the customer they open, and who else is in that chat.</summary>
    private sealed record Scene(string Language, string TimeZone, string Viewer, string Customer, string Typist, string Onlooker, string Reply, string[] TemplateValues);

    private static readonly Scene[] Scenes =
    [
        new("en", "Europe/London", "james", "Amelia", "omar", "huda", "Of course! We'll add a *handwritten card* 🎉", ["Daniel", "NK-10512", "$24.00"]),
        new("ar", "Asia/Riyadh", "omar", "نورة", "james", "huda", "أكيد! بنضيف *بطاقة مكتوبة بخط اليد* 🎉", ["خالد", "NK-10512", "٢٤٠ ريال"]),
    ];

    [Fact]
    public async Task Inbox_admin_and_sign_in_in_english_and_arabic()
    {
        var folder = Environment.GetEnvironmentVariable("WASEL_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) Assert.Skip("Set WASEL_SCREENSHOTS to the folder for the screenshots to take them.");
        await using var seedless = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        // A browser needs the app's CSS and scripts, which the test host serves only with static web assets on.
        await using var app = seedless.WithWebHostBuilder(b =>
        {
            b.UseSetting("Demo:Seed", "true");
            b.UseStaticWebAssets();
        });
        app.UseKestrel(0);
        app.StartServer();
        var services = app.Services;
        var staff = await DemoStaffAsync(services);
        await DecorateAsync(services, staff);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"] });
        var baseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var host = new Uri(baseUrl).Host;
        var presence = services.GetRequiredService<Presence>();
        foreach (var scene in Scenes)
        {
            string Shot(string name) => Path.Combine(folder, $"{name}-{scene.Language}.png");
            async Task<IPage> PageAsync(string? signedIn)
            {
                var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, TimezoneId = scene.TimeZone });
                List<Cookie> cookies = [new() { Name = ".AspNetCore.Culture", Value = $"c={scene.Language}|uic={scene.Language}", Domain = host, Path = "/" }];
                if (signedIn is not null) cookies.Add(new() { Name = "wasel.auth", Value = await InboxPeople.CookieAsync(services, staff[signedIn].Id), Domain = host, Path = "/" });
                await context.AddCookiesAsync(cookies);
                return await context.NewPageAsync();
            }

            var signIn = await PageAsync(signedIn: null);
            await signIn.GotoAsync(baseUrl + "/account/sign-in");
            await signIn.WaitForTimeoutAsync(500);
            await signIn.ScreenshotAsync(new() { Path = Shot("sign-in") });
            await signIn.Context.CloseAsync();

            var admin = await PageAsync("huda");
            await admin.GotoAsync(baseUrl + "/admin/agents");
            await admin.Locator("table tbody tr").First.WaitForAsync();
            await admin.WaitForTimeoutAsync(1000);
            await admin.ScreenshotAsync(new() { Path = Shot("admin-agents") });
            await admin.Context.CloseAsync();

            var page = await PageAsync(scene.Viewer);
            await page.GotoAsync(baseUrl + "/");
            await page.Locator(".inbox[data-interactive=true]").WaitForAsync();
            await page.Locator(".tabs button").Nth(1).ClickAsync(); // unassigned
            await page.Locator(".rows li", new() { HasText = scene.Customer }).First.ClickAsync();
            await page.Locator(".timeline .msg").First.WaitForAsync();
            // Colleagues in the same chat, as their own chat views would report them.
            var conversation = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            presence.Viewing(staff[scene.Onlooker], conversation, "screenshot");
            presence.Typing(staff[scene.Typist], conversation, "screenshot");
            await page.Locator(".chat-head .presence .typing").WaitForAsync();
            await page.WaitForTimeoutAsync(800);
            await page.ScreenshotAsync(new() { Path = Shot("inbox") });
            await page.Keyboard.PressAsync("?");
            await page.WaitForTimeoutAsync(300);
            await page.ScreenshotAsync(new() { Path = Shot("inbox-shortcuts") });
            await page.Keyboard.PressAsync("Escape");

            // A reply sent with Enter appears in the chat; "/" opens the canned responses.
            presence.Viewing(staff[scene.Typist], conversation, "screenshot");
            await page.Locator(".composer textarea").FillAsync(scene.Reply);
            await page.Locator(".composer textarea").PressAsync("Enter");
            await page.Locator(".msg.out .text", new() { HasText = scene.Language == "en" ? "handwritten card" : "بطاقة مكتوبة" }).WaitForAsync();
            await page.Locator(".composer textarea").BlurAsync();
            await page.Keyboard.PressAsync("/");
            await page.Locator(".suggest li").First.WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Shot("inbox-canned") });
            await page.Keyboard.PressAsync("Escape");

            // After the window closed only a template can be sent.
            await page.Locator(".tabs button").Nth(0).ClickAsync(); // mine
            await page.Locator(".filters select").First.SelectOptionAsync("Pending");
            await page.WaitForTimeoutAsync(500);
            await page.Locator(".rows li").First.ClickAsync();
            await page.Locator(".templates select").WaitForAsync();
            await page.WaitForTimeoutAsync(500);
            await page.Locator(".templates select").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            var variables = await page.Locator(".vars input").AllAsync();
            for (var i = 0; i < variables.Count; i++) await variables[i].FillAsync(scene.TemplateValues[i % scene.TemplateValues.Length]);
            await page.WaitForTimeoutAsync(300);
            await page.ScreenshotAsync(new() { Path = Shot("inbox-template") });
            await page.Context.CloseAsync();
            presence.Left(staff[scene.Typist], conversation, "screenshot");
            presence.Left(staff[scene.Onlooker], conversation, "screenshot");
        }
    }

    /// <summary>The demo's staff by their key (the part of the e-mail before the @), as the app sees each of them.</summary>
    private static async Task<Dictionary<string, Staff>> DemoStaffAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync();
        var staff = new Dictionary<string, Staff>();
        foreach (var person in DemoPeople.All)
        {
            var agent = await db.Users.SingleAsync(u => u.Email == person.Email);
            var teams = await db.TeamMembers.Where(m => m.AgentId == agent.Id).Select(m => m.TeamId).ToListAsync();
            staff[person.Key] = new Staff(agent.Id, agent.DisplayName, person.Role, teams.ToHashSet());
        }
        return staff;
    }

    /// <summary>Labels, canned responses and notes on some demo conversations, as a working team would have them.</summary>
    private static async Task DecorateAsync(IServiceProvider services, Dictionary<string, Staff> staff)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync();
        db.Labels.AddRange(new Label { Name = "VIP", Color = "#8e24aa" }, new Label { Name = "Gift order", Color = "#ef6c00" }, new Label { Name = "Complaint", Color = "#c62828" });
        db.CannedResponses.AddRange(
            new CannedResponse { Shortcut = "thanks", Text = "Thank you for choosing Nakhla! 🌴" },
            new CannedResponse { Shortcut = "shipping", Text = "We deliver in 2–3 working days, free over £35." },
            new CannedResponse { Shortcut = "شكرا", Text = "شكرًا لاختيارك نخلة! 🌴", Language = "ar" });
        await db.SaveChangesAsync();
        var gift = await db.Labels.FirstAsync(l => l.Name == "Gift order");
        foreach (var c in await db.Conversations.Include(c => c.Contact).Where(c => c.Status == ConversationStatus.Open && c.AssigneeId == null).ToListAsync())
        {
            c.UnreadCount = 2;
            db.ConversationLabels.Add(new ConversationLabel { ConversationId = c.Id, LabelId = gift.Id });
            var note = c.Contact.Language == "ar"
                ? (staff["huda"].Id, "العميلة تريد *بطاقة مكتوبة بخط اليد*؛ @عمر فاروق تأكد من المستودع لو سمحت")
                : (staff["daniel"].Id, "Customer wants a *handwritten card*; @James Carter can you check with the warehouse?");
            db.ConversationEvents.Add(new ConversationEvent { ConversationId = c.Id, Kind = "note", ActorId = note.Item1, At = c.LastMessageAt.AddMinutes(1),
                Data = new JsonObject { ["text"] = note.Item2 }.ToJsonString() });
        }
        await db.SaveChangesAsync();
    }
}
