using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wasel.Agents;
using Wasel.Conversations;
using Wasel.Inbox;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox;

/// <summary>
/// Renders the inbox with the demo brand in English and Arabic into docs/screenshots (run on demand:
/// WASEL_SCREENSHOTS=path/to/docs/screenshots). Needs Chromium at /usr/bin/chromium.
/// </summary>
public class InboxScreenshots
{
    [Fact]
    public async Task Inbox_in_english_and_arabic()
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
        var support = await InboxPeople.TeamAsync(services, "Support");
        await InboxPeople.AgentAsync(services, Roles.Agent, "james", "James Carter", support);
        await InboxPeople.AgentAsync(services, Roles.Agent, "omar", "عمر الحربي", support);
        await InboxPeople.AgentAsync(services, Roles.Supervisor, "sara", "سارة القحطاني", support);
        await DecorateAsync(services);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"] });
        var baseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        foreach (var language in new[] { "en", "ar" })
        {
            var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, TimezoneId = language == "en" ? "Europe/London" : "Asia/Riyadh" });
            var host = new Uri(baseUrl).Host;
            await context.AddCookiesAsync([
                new() { Name = "wasel.auth", Value = await InboxPeople.CookieAsync(services, "sara"), Domain = host, Path = "/" },
                new() { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Domain = host, Path = "/" },
            ]);
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl + "/");
            // Interactive once the circuit is up (the first render is static).
            await page.WaitForTimeoutAsync(2000);
            await page.Locator(".tabs button").Nth(3).ClickAsync();
            await page.Locator(".rows li").First.WaitForAsync();
            await page.WaitForTimeoutAsync(500);
            var name = language == "en" ? "Amelia" : "نورة";
            await page.Locator(".rows li", new() { HasText = name }).First.ClickAsync();
            await page.Locator(".timeline .msg").First.WaitForAsync();
            await page.WaitForTimeoutAsync(800);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"inbox-{language}.png") });
            await page.Keyboard.PressAsync("?");
            await page.WaitForTimeoutAsync(300);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"inbox-shortcuts-{language}.png") });
            await page.Keyboard.PressAsync("Escape");

            // A reply sent with Enter appears in the chat; "/" opens the canned responses.
            var reply = language == "en" ? "Of course! We'll add a *handwritten card* 🎉" : "أكيد! بنضيف *بطاقة مكتوبة بخط اليد* 🎉";
            await page.Locator(".composer textarea").FillAsync(reply);
            await page.Locator(".composer textarea").PressAsync("Enter");
            await page.Locator(".msg.out .text", new() { HasText = language == "en" ? "handwritten card" : "بطاقة مكتوبة" }).WaitForAsync();
            await page.Locator(".composer textarea").BlurAsync();
            await page.Keyboard.PressAsync("/");
            await page.Locator(".suggest li").First.WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"inbox-canned-{language}.png") });
            await page.Keyboard.PressAsync("Escape");

            // After the window closed only a template can be sent.
            await page.Locator(".filters select").First.SelectOptionAsync("Pending");
            await page.WaitForTimeoutAsync(500);
            await page.Locator(".rows li").First.ClickAsync();
            await page.Locator(".templates select").WaitForAsync();
            await page.WaitForTimeoutAsync(500);
            await page.Locator(".templates select").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            foreach (var input in await page.Locator(".templates input").AllAsync()) await input.FillAsync(language == "en" ? "Daniel" : "خالد");
            await page.WaitForTimeoutAsync(300);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"inbox-template-{language}.png") });
            await context.CloseAsync();
        }
    }

    /// <summary>Labels, canned responses, a note and a team on some demo conversations, as a working team would have them.</summary>
    private static async Task DecorateAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync();
        var team = await db.Teams.FirstAsync();
        db.Labels.AddRange(new Label { Name = "VIP", Color = "#8e24aa" }, new Label { Name = "Gift order", Color = "#ef6c00" }, new Label { Name = "Complaint", Color = "#c62828" });
        db.CannedResponses.AddRange(
            new CannedResponse { Shortcut = "thanks", Text = "Thank you for choosing Nakhla! 🌴" },
            new CannedResponse { Shortcut = "shipping", Text = "We deliver in 2–3 working days, free over £35." },
            new CannedResponse { Shortcut = "شكرا", Text = "شكرًا لاختيارك نخلة! 🌴", Language = "ar" });
        await db.SaveChangesAsync();
        foreach (var c in await db.Conversations.Include(c => c.Contact).ToListAsync())
        {
            if (c.Status != ConversationStatus.Resolved) c.TeamId = team.Id;
            if (c.Status == ConversationStatus.Open && c.AssigneeId is null) c.UnreadCount = 2;
        }
        await db.SaveChangesAsync();
        var gift = await db.Labels.FirstAsync(l => l.Name == "Gift order");
        foreach (var c in await db.Conversations.Where(c => c.Status == ConversationStatus.Open && c.AssigneeId == null).ToListAsync())
        {
            db.ConversationLabels.Add(new ConversationLabel { ConversationId = c.Id, LabelId = gift.Id });
            db.ConversationEvents.Add(new ConversationEvent { ConversationId = c.Id, Kind = "note", ActorId = "sara", At = c.LastMessageAt.AddMinutes(1),
                Data = new JsonObject { ["text"] = "Customer wants a *handwritten card*; @James Carter can you check with the warehouse?" }.ToJsonString() });
        }
        await db.SaveChangesAsync();
    }
}
