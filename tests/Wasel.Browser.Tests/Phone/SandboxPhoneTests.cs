using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wasel.Browser.Tests.Infrastructure;
using Wasel.Conversations;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;
using Wasel.Tests.Messaging;
using static Microsoft.Playwright.Assertions;

namespace Wasel.Browser.Tests.Phone;

/// <summary>The sandbox phone page as a person uses it: a customer chatting with the business that runs on Wasel.</summary>
public class SandboxPhoneTests(BrowserWorld world) : IClassFixture<BrowserWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_customer_picks_their_chat_types_a_message_and_it_shows_on_the_phone_and_reaches_Wasel()
    {
        var page = await world.NewPageAsync();
        var customer = await Customer.CreateAsync(world.App, "Nadia");

        await OpenChatAsync(page, customer);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Type a message" }).FillAsync("Hi, where is order 1042?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();

        await Expect(Messages(page)).ToContainTextAsync("Hi, where is order 1042?");
        var stored = await InboundAsync(customer, m => m.Type == "text");
        Assert.Contains("Hi, where is order 1042?", stored.Content);
    }

    [Fact]
    public async Task A_message_Wasel_sends_through_its_API_appears_on_the_phone()
    {
        var page = await world.NewPageAsync();
        var customer = await Customer.CreateAsync(world.App, "Karim");
        await customer.SendTextAsync("Hello");
        await OpenChatAsync(page, customer);

        await SendFromWaselAsync(customer, new { type = "text", text = new { body = "Your order left the warehouse today." } });

        await Expect(Messages(page)).ToContainTextAsync("Your order left the warehouse today.");
    }

    [Fact]
    public async Task Tapping_a_reply_button_of_an_interactive_message_sends_the_reply_to_Wasel()
    {
        var page = await world.NewPageAsync();
        var customer = await Customer.CreateAsync(world.App, "Huda");
        await customer.SendTextAsync("Can I change the delivery day?");
        await OpenChatAsync(page, customer);

        await SendFromWaselAsync(customer, new
        {
            type = "interactive",
            interactive = new
            {
                type = "button",
                body = new { text = "Which day suits you?" },
                action = new { buttons = new[] { new { type = "reply", reply = new { id = "day-sun", title = "Sunday" } }, new { type = "reply", reply = new { id = "day-mon", title = "Monday" } } } },
            },
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Monday", Exact = true }).ClickAsync();

        var reply = await InboundAsync(customer, m => m.Type == "interactive");
        Assert.Contains("day-mon", reply.Content);
        Assert.Contains("button_reply", reply.Content);
    }

    [Fact]
    public async Task Arabic_text_reads_right_to_left_and_the_page_turns_right_to_left_in_Arabic()
    {
        var page = await world.NewPageAsync();
        var customer = await Customer.CreateAsync(world.App, "سارة", "ar");
        await OpenChatAsync(page, customer);

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Type a message" }).FillAsync("مرحبا، أين طلبي؟");
        await page.Keyboard.PressAsync("Enter");

        var bubble = Messages(page).GetByText("مرحبا، أين طلبي؟");
        await Expect(bubble).ToBeVisibleAsync();
        Assert.Equal("rtl", await bubble.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await page.GetByRole(AriaRole.Button, new() { Name = "العربية" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "اكتب رسالة" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Markup_in_messages_either_way_is_shown_as_text_and_never_runs()
    {
        const string payload = "<b>x</b><img src=x onerror=\"window.__xss=1\">";
        var page = await world.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        var customer = await Customer.CreateAsync(world.App, "<i>Eve</i>");
        await OpenChatAsync(page, customer);

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Type a message" }).FillAsync(payload);
        await page.Keyboard.PressAsync("Enter");
        await InboundAsync(customer, m => m.Type == "text");
        await SendFromWaselAsync(customer, new { type = "text", text = new { body = "Wasel says " + payload } });

        await Expect(Messages(page).GetByText(payload, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Messages(page).GetByText("Wasel says " + payload, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#chat-name")).ToHaveTextAsync("<i>Eve</i>");
        Assert.Equal(0, await page.Locator("#messages b, #messages img, #messages i, .customers i").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss"));
        Assert.Equal(0, dialogs);
    }

    private static ILocator Messages(IPage page) => page.GetByRole(AriaRole.Log, new() { Name = "Conversation" });

    private static async Task OpenChatAsync(IPage page, Customer customer)
    {
        await page.GotoAsync("sandbox/phone/");
        await page.GetByRole(AriaRole.Button, new() { Name = "+" + customer.WaId }).ClickAsync();
        await Expect(page.Locator("#chat-meta")).ToContainTextAsync(customer.WaId);
    }

    private async Task<Message> InboundAsync(Customer customer, Func<Message, bool> match) =>
        await Eventually.GetAsync($"a message from {customer.WaId} in Wasel's database", async () =>
        {
            await using var db = await world.App.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            var inbound = await db.Messages.AsNoTracking()
                .Where(m => m.Conversation.Contact.WaId == customer.WaId && m.Direction == MessageDirection.Inbound).ToListAsync(Ct);
            return inbound.FirstOrDefault(match);
        });

    private async Task SendFromWaselAsync(Customer customer, object message)
    {
        var conversation = await Eventually.GetAsync($"{customer.WaId}'s conversation in Wasel", async () =>
        {
            await using var db = await world.App.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
            return await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Contact.WaId == customer.WaId, Ct);
        });
        var api = await world.App.ClientWithScopesAsync(ApiScopes.MessagesSend);
        (await api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", message, Ct)).EnsureSuccessStatusCode();
    }
}
