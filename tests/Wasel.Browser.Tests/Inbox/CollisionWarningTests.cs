using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wasel.Browser.Tests.Infrastructure;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;
using Wasel.Tests.Messaging;
using static Microsoft.Playwright.Assertions;

namespace Wasel.Browser.Tests.Inbox;

/// <summary>Two agents open the same conversation: each is warned that the other is there, and when the other types.</summary>
public class CollisionWarningTests(BrowserWorld world) : IClassFixture<BrowserWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agent_sees_who_else_is_viewing_and_typing_until_they_move_on_or_close_the_tab()
    {
        var amal = await StaffAccounts.CreateAsync(world.App, "Amal Saleh");
        var badr = await StaffAccounts.CreateAsync(world.App, "Badr Nasser");
        var first = await ConversationOfAsync("Hind Yousef", "Where is my order?");
        await ConversationOfAsync("Karim Adel", "Do you ship to Dammam?");
        var pageB = await SignInAsync(badr);
        await OpenAsync(pageB, first);
        await Expect(Banner(pageB)).ToHaveTextAsync("");

        var pageA = await SignInAsync(amal);
        await OpenAsync(pageA, first);
        await Expect(Banner(pageB)).ToHaveTextAsync("Amal Saleh is viewing");
        await Expect(Banner(pageA)).ToHaveTextAsync("Badr Nasser is viewing");
        await Expect(pageB.GetByRole(AriaRole.Status).Filter(new() { HasText = "Amal Saleh" })).ToHaveAttributeAsync("aria-live", "polite");

        await pageA.GetByRole(AriaRole.Textbox, new() { Name = "Message to the customer" }).PressSequentiallyAsync("Let me check");
        await Expect(Banner(pageB)).ToHaveTextAsync("Amal Saleh is typing…");

        // Amal moves to another conversation in the list: Badr is alone again.
        await pageA.GetByRole(AriaRole.Tab, new() { Name = "Unassigned" }).ClickAsync();
        await pageA.GetByRole(AriaRole.Listbox, new() { Name = "Conversations" }).GetByRole(AriaRole.Option).Filter(new() { HasText = "Karim Adel" }).ClickAsync();
        await Expect(pageA.Locator(".chat-head h2")).ToHaveTextAsync("Karim Adel");
        await Expect(Banner(pageB)).ToHaveTextAsync("");
        await Expect(Banner(pageA)).ToHaveTextAsync("");

        // Back again, then she closes the tab.
        await pageA.GetByRole(AriaRole.Listbox, new() { Name = "Conversations" }).GetByRole(AriaRole.Option).Filter(new() { HasText = "Hind Yousef" }).ClickAsync();
        await Expect(Banner(pageB)).ToHaveTextAsync("Amal Saleh is viewing");
        await pageA.CloseAsync(new() { RunBeforeUnload = true });
        await Expect(Banner(pageB)).ToHaveTextAsync("");
    }

    private async Task<long> ConversationOfAsync(string name, string text)
    {
        var customer = await Customer.CreateAsync(world.App, name);
        await customer.SendTextAsync(text);
        var conversation = await Eventually.GetAsync($"{name}'s conversation", async () =>
        {
            await using var db = await world.App.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            return await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Contact.WaId == customer.WaId, Ct);
        });
        return conversation.Id;
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

    private static async Task OpenAsync(IPage page, long conversationId)
    {
        await page.GotoAsync($"conversations/{conversationId}");
        await InteractiveAsync(page);
    }

    /// <summary>Waits for the circuit: the prerendered page takes no part in presence.</summary>
    // The circuit's start waits for the server, which shares two cores with every other test project in CI.
    private static Task InteractiveAsync(IPage page) => Expect(page.Locator(".inbox[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 20_000 });

    private static ILocator Banner(IPage page) => page.Locator(".chat-head .presence");
}
