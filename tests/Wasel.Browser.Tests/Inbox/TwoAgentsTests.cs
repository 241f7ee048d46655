using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wasel.Agents;
using Wasel.Platform.Data;
using Wasel.Browser.Tests.Infrastructure;
using Wasel.Tests.Infrastructure;
using Wasel.Tests.Messaging;
using static Microsoft.Playwright.Assertions;

namespace Wasel.Browser.Tests.Inbox;

/// <summary>
/// Two agents in their own browsers and a customer on the sandbox phone: what a working day in the inbox looks like,
/// with every step seen live on the other screens. Its own class (and so its own Wasel) because it moves the clock.
/// </summary>
public class TwoAgentsTests(BrowserWorld world) : IClassFixture<BrowserWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Both_agents_see_a_customer_live_one_takes_it_and_replies_with_text_buttons_and_a_template()
    {
        var phone = await world.NewPageAsync();
        var amal = await StaffAccounts.CreateAsync(world.App, "Amal Saleh");
        var badr = await StaffAccounts.CreateAsync(world.App, "Badr Nasser");
        var pageA = await SignInAsync(amal);
        var pageB = await SignInAsync(badr);
        var customer = await Customer.CreateAsync(world.App, "Nadia Karim");
        await CreateApprovedTemplateAsync("stock_update", "Hello {{1}}, the {{2}} is back in stock.");

        // Both look at the queue of unassigned conversations; the customer writes on the phone; both see it without a reload.
        await pageA.GetByRole(AriaRole.Tab, new() { Name = "Unassigned" }).ClickAsync();
        await pageB.GetByRole(AriaRole.Tab, new() { Name = "Unassigned" }).ClickAsync();
        await phone.GotoAsync("sandbox/phone/");
        await phone.GetByRole(AriaRole.Button, new() { Name = "+" + customer.WaId }).ClickAsync();
        await phone.GetByRole(AriaRole.Textbox, new() { Name = "Type a message" }).FillAsync("Is the blue abaya in stock?");
        await phone.Keyboard.PressAsync("Enter");
        var rowA = List(pageA).GetByRole(AriaRole.Option).Filter(new() { HasText = "Nadia Karim" });
        var rowB = List(pageB).GetByRole(AriaRole.Option).Filter(new() { HasText = "Nadia Karim" });
        await Expect(rowA).ToContainTextAsync("Is the blue abaya in stock?");
        await Expect(rowB).ToContainTextAsync("Is the blue abaya in stock?");

        // Amal takes it; Badr, looking at the same conversation, sees who has it.
        await rowB.ClickAsync();
        await rowA.ClickAsync();
        await pageA.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).ClickAsync();
        await Expect(pageB.GetByRole(AriaRole.Combobox, new() { Name = "Assigned agent" })).ToHaveValueAsync(amal.Id);

        // A text reply and a message with reply buttons reach the phone.
        var box = pageA.GetByRole(AriaRole.Textbox, new() { Name = "Message to the customer" });
        await box.FillAsync("Yes, we have it in sizes M and L.");
        await pageA.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Expect(PhoneMessages(phone)).ToContainTextAsync("Yes, we have it in sizes M and L.");

        await pageA.GetByRole(AriaRole.Button, new() { Name = "Buttons" }).ClickAsync();
        await box.FillAsync("Shall I reserve one for you?");
        await pageA.GetByRole(AriaRole.Textbox, new() { Name = "Button 1" }).FillAsync("Yes please");
        await pageA.GetByRole(AriaRole.Textbox, new() { Name = "Button 2" }).FillAsync("No thanks");
        await pageA.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Yes please" })).ToBeVisibleAsync();
        await Expect(PhoneMessages(phone)).ToContainTextAsync("Shall I reserve one for you?");

        // The customer has the chat open, so both replies are read; the ticks turn on both agents' screens.
        await Expect(Timeline(pageA).GetByRole(AriaRole.Img, new() { Name = "Read", Exact = true })).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        await Expect(Timeline(pageB).GetByRole(AriaRole.Img, new() { Name = "Read", Exact = true })).ToHaveCountAsync(2, new() { Timeout = 20_000 });

        // A day later the window is closed: only a template can go out, filled in and previewed first.
        world.App.Time.Advance(TimeSpan.FromHours(25));
        await pageA.ReloadAsync();
        await InteractiveAsync(pageA);
        await pageA.GetByRole(AriaRole.Combobox, new() { Name = "Template" }).SelectOptionAsync(new SelectOptionValue { Label = "stock_update (en)" });
        var variables = pageA.Locator(".vars input");
        await variables.Nth(0).FillAsync("Nadia");
        await variables.Nth(1).FillAsync("blue abaya");
        await Expect(pageA.GetByLabel("Preview", new() { Exact = true })).ToContainTextAsync("Hello Nadia, the blue abaya is back in stock.");
        await pageA.GetByRole(AriaRole.Button, new() { Name = "Send template" }).ClickAsync();
        await Expect(PhoneMessages(phone)).ToContainTextAsync("Hello Nadia, the blue abaya is back in stock.");
        await Expect(Timeline(pageB)).ToContainTextAsync("Hello Nadia, the blue abaya is back in stock.");
    }

    [Fact]
    public async Task An_agent_cannot_open_another_teams_conversation_by_its_address()
    {
        long sales, support;
        await using (var db = await world.App.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct))
        {
            var teams = new[] { new Team { Name = "Sales " + Guid.NewGuid().ToString("N")[..6] }, new Team { Name = "Support " + Guid.NewGuid().ToString("N")[..6] } };
            db.Teams.AddRange(teams);
            await db.SaveChangesAsync(Ct);
            (sales, support) = (teams[0].Id, teams[1].Id);
        }
        var outsider = await StaffAccounts.CreateAsync(world.App, "Omar Support", Roles.Agent, "en", support);
        var customer = await Customer.CreateAsync(world.App, "Private Buyer");
        await customer.SendTextAsync("My card ends in 4242");
        var conversation = await Eventually.GetAsync("the customer's conversation", async () =>
        {
            await using var db = await world.App.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            var found = await db.Conversations.FirstOrDefaultAsync(c => c.Contact.WaId == customer.WaId, Ct);
            if (found is null) return null;
            found.TeamId = sales; // the Sales team's queue
            await db.SaveChangesAsync(Ct);
            return found;
        });

        var page = await SignInAsync(outsider);
        await page.GotoAsync($"conversations/{conversation.Id}");
        await InteractiveAsync(page);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("does not exist or is not yours to see");
        Assert.Equal(0, await page.GetByText("My card ends in 4242").CountAsync());
        Assert.Equal(0, await page.GetByText("Private Buyer").CountAsync());
    }

    private async Task<IPage> SignInAsync(StaffAccount account)
    {
        var page = await world.NewPageAsync();
        await page.GotoAsync("account/sign-in");
        await page.GetByLabel("E-mail").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await InteractiveAsync(page);
        return page;
    }

    /// <summary>Waits for the circuit: clicks on the prerendered page before it connects would go nowhere.</summary>
    // The circuit's start waits for the server, which shares two cores with every other test project in CI.
    private static Task InteractiveAsync(IPage page) => Expect(page.Locator(".inbox[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 20_000 });

    private static ILocator List(IPage page) => page.GetByRole(AriaRole.Listbox, new() { Name = "Conversations" });
    private static ILocator Timeline(IPage page) => page.GetByRole(AriaRole.Log, new() { Name = "Messages" });
    private static ILocator PhoneMessages(IPage phone) => phone.GetByRole(AriaRole.Log, new() { Name = "Conversation" });

    private async Task CreateApprovedTemplateAsync(string name, string body)
    {
        var graph = world.App.CreateClient();
        graph.DefaultRequestHeaders.Authorization = new("Bearer", "sandbox-access-token");
        var created = await graph.PostAsJsonAsync("/sandbox/graph/v23.0/1020000000000001/message_templates", new
        {
            name, language = "en", category = "UTILITY",
            components = new[] { new { type = "BODY", text = body, example = new { body_text = new[] { new[] { "Sara", "abaya" } } } } },
        }, Ct);
        created.EnsureSuccessStatusCode();
        await Eventually.TrueAsync($"template {name} approved", async () =>
            (await graph.GetFromJsonAsync<JsonNode>($"/sandbox/graph/v23.0/1020000000000001/message_templates?name={name}", Ct))!["data"]![0]!["status"]!.GetValue<string>() == "APPROVED");
    }
}
