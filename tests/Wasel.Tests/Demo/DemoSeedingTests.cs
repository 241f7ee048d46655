using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Demo;
using Wasel.Platform.Data;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.State;
using Wasel.Tests.Infrastructure;
using MessageDirection = Wasel.Conversations.MessageDirection;

namespace Wasel.Tests.Demo;

public class DemoSeedingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task First_start_seeds_contacts_and_conversations_that_fit_together(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var seeded = DemoApp.Start(app, seed: true, DemoApp.Now);
        var rows = await DemoApp.ReadAsync(seeded.Services, Ct);

        Assert.Equal(DemoContacts.All.Length, rows.Contacts.Count);
        foreach (var contact in rows.Contacts)
        {
            var number = WhatsAppNumber.TryParse(contact.WaId, out var error);
            Assert.True(number is not null, $"{contact.WaId}: {error}");
            Assert.Equal(number.E164, contact.PhoneE164);
        }
        Assert.Contains(rows.Contacts, c => c.Language == "ar");
        Assert.Contains(rows.Contacts, c => c.Language == "en");

        Assert.Equal(DemoConversations.All.Count, rows.Conversations.Count);
        Assert.Equal(Enum.GetValues<ConversationStatus>().ToHashSet(), rows.Conversations.Select(c => c.Status).ToHashSet());
        Assert.Contains(rows.Conversations, c => c.WindowExpiresAt > DemoApp.Now);
        Assert.Contains(rows.Conversations, c => c.WindowExpiresAt < DemoApp.Now);
        Assert.All(rows.Conversations.GroupBy(c => c.ContactId), g => Assert.True(g.Count(c => c.Status != ConversationStatus.Resolved) <= 1));
        foreach (var conversation in rows.Conversations)
        {
            var own = rows.Messages.Where(m => m.ConversationId == conversation.Id).ToList();
            Assert.NotEmpty(own);
            Assert.Equal(own.OrderBy(m => m.CreatedAt).Select(m => m.Id), own.Select(m => m.Id));
            Assert.Equal(own[^1].CreatedAt, conversation.LastMessageAt);
            var lastInbound = own.Where(m => m.Direction == MessageDirection.Inbound).Max(m => (DateTimeOffset?)m.CreatedAt);
            Assert.Equal(lastInbound, conversation.LastInboundAt);
            Assert.Equal(lastInbound + TimeSpan.FromHours(24), conversation.WindowExpiresAt);
            Assert.Equal(conversation.Status == ConversationStatus.Resolved, conversation.ResolvedAt is not null);
        }
        Assert.All(rows.Messages, AssertFitsItsDirection);
    }

    [Fact]
    public async Task Seeded_messages_cover_the_types_and_languages_an_inbox_shows()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var rows = await DemoApp.ReadAsync(DemoApp.Start(app, seed: true, DemoApp.Now).Services, Ct);

        Assert.Subset(rows.Messages.Select(m => m.Type).ToHashSet(), new HashSet<string> { "text", "image", "location", "interactive", "template", "button" });
        Assert.Contains(rows.Messages, m => m is { State: DeliveryState.Failed, ErrorCode: 131047, ErrorTitle: not null, ErrorDetails: not null });
        var texts = rows.Messages.Where(m => m.Type == "text").Select(m => JsonDocument.Parse(m.Content).RootElement.GetProperty("text").GetProperty("body").GetString()!).ToList();
        Assert.Contains(texts, t => t.Any(c => c is >= '\u0600' and <= '\u06FF'));
        Assert.Contains(texts, t => t.StartsWith("Hi", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("3ayez", StringComparison.Ordinal));
        Assert.Equal(rows.Messages.Count, rows.Messages.Select(m => m.WaMessageId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_start_on_the_same_database_adds_nothing_but_registers_the_sandbox_customers_again(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var first = await DemoApp.ReadAsync(DemoApp.Start(app, seed: true, DemoApp.Now).Services, Ct);

        var restarted = DemoApp.Start(app, seed: true, DemoApp.Now.AddDays(1));
        var second = await DemoApp.ReadAsync(restarted.Services, Ct);

        Assert.Equal(first.Contacts.Select(c => c.Id), second.Contacts.Select(c => c.Id));
        Assert.Equal(first.Conversations.Select(c => c.Id).Order(), second.Conversations.Select(c => c.Id).Order());
        Assert.Equal(first.Messages.Select(m => m.Id), second.Messages.Select(m => m.Id));
        AssertRegisteredInSandbox(restarted.Services.GetRequiredService<SandboxState>(), second);
    }

    [Fact]
    public async Task Sandbox_knows_each_demo_customer_and_the_templates_they_were_sent()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var seeded = DemoApp.Start(app, seed: true, DemoApp.Now);
        var sandbox = seeded.Services.GetRequiredService<SandboxState>();
        AssertRegisteredInSandbox(sandbox, await DemoApp.ReadAsync(seeded.Services, Ct));

        var sentTemplate = sandbox.FindCustomer("201551239876")!.Timeline.Single(m => m.Type == "template");
        Assert.Contains("NK-10377", sentTemplate.Rendered?["body"]?.GetValue<string>());
        Assert.Equal("APPROVED", seeded.Services.GetRequiredService<TemplateStore>().Find("order_update", "ar")?.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Nothing_is_seeded_when_the_setting_is_off(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var started = DemoApp.Start(app, seed: false, DemoApp.Now);

        var rows = await DemoApp.ReadAsync(started.Services, Ct);
        Assert.Empty(rows.Contacts);
        var sandbox = started.Services.GetRequiredService<SandboxState>();
        Assert.All(DemoContacts.All, c => Assert.Null(sandbox.FindCustomer(c.WaId)));
    }

    [Fact]
    public async Task Nothing_is_seeded_when_connected_to_meta()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var started = DemoApp.Start(app, seed: true, DemoApp.Now, new() { ["WhatsApp:AccessToken"] = "EAAtoken", ["WhatsApp:PhoneNumberId"] = "106540352242922" });

        Assert.Empty((await DemoApp.ReadAsync(started.Services, Ct)).Contacts);
    }

    private static void AssertFitsItsDirection(Message message)
    {
        Assert.StartsWith("wamid.DEMO", message.WaMessageId);
        Assert.InRange(message.CreatedAt, DemoApp.Now.AddDays(-7), DemoApp.Now);
        var content = JsonDocument.Parse(message.Content).RootElement;
        Assert.Equal(message.Type, content.GetProperty("type").GetString());
        Assert.True(content.TryGetProperty(message.Type, out _), $"{message.WaMessageId} has no '{message.Type}' object");
        if (message.Direction == MessageDirection.Inbound)
        {
            Assert.Equal(DeliveryState.Received, message.State);
            Assert.Null(message.AuthorId);
            Assert.Null(message.SentAt);
            Assert.Equal(message.WaMessageId, content.GetProperty("id").GetString());
            return;
        }
        Assert.Contains(message.State, new[] { DeliveryState.Sent, DeliveryState.Delivered, DeliveryState.Read, DeliveryState.Failed });
        Assert.NotNull(message.AuthorId);
        Assert.Equal(message.State == DeliveryState.Failed, message.ErrorCode is not null && message.FailedAt is not null);
        Assert.Equal(message.State is DeliveryState.Delivered or DeliveryState.Read, message.DeliveredAt is not null);
        Assert.Equal(message.State == DeliveryState.Read, message.ReadAt is not null);
        if (message.ReadAt is { } read) Assert.True(message.SentAt <= message.DeliveredAt && message.DeliveredAt <= read && read <= DemoApp.Now);
    }

    private static void AssertRegisteredInSandbox(SandboxState sandbox, DemoRows rows)
    {
        foreach (var contact in rows.Contacts)
        {
            var customer = sandbox.FindCustomer(contact.WaId);
            Assert.NotNull(customer);
            Assert.Equal(contact.Name, customer.Name);
            Assert.Equal(contact.Language, customer.Language);
            var lastInbound = rows.Messages.Where(m => m.Direction == MessageDirection.Inbound && rows.Conversations.Single(c => c.Id == m.ConversationId).ContactId == contact.Id)
                .Max(m => (DateTimeOffset?)m.CreatedAt);
            Assert.Equal(lastInbound, customer.LastInboundAt);
            Assert.NotEmpty(customer.Timeline);
        }
    }
}
