using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Platform.Data;

namespace Wasel.Tests.Inbox;

/// <summary>Conversation builders for inbox tests: a contact, one conversation and its messages, written directly.</summary>
internal static class InboxData
{
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-01T08:00:00Z");

    public static async Task<Conversation> ConversationAsync(IServiceProvider services, long? teamId = null, string? assigneeId = null,
        string? name = null, string? text = null, DateTimeOffset? at = null, ConversationStatus status = ConversationStatus.Open, string? waId = null)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync();
        var when = at ?? Start;
        waId ??= "9665" + Random.Shared.Next(10_000_000, 99_999_999);
        var contact = new Contact { WaId = waId, PhoneE164 = "+" + waId, Name = name ?? "Customer " + waId[^4..], CreatedAt = when, UpdatedAt = when };
        var conversation = new Conversation
        {
            Contact = contact, Status = status, TeamId = teamId, AssigneeId = assigneeId, CreatedAt = when, UpdatedAt = when,
            LastMessageAt = when, LastInboundAt = when, WindowExpiresAt = when.AddHours(24), UnreadCount = 1,
        };
        db.Conversations.Add(conversation);
        var content = new JsonObject { ["from"] = waId, ["id"] = "wamid." + Guid.NewGuid().ToString("N"), ["type"] = "text", ["text"] = new JsonObject { ["body"] = text ?? "Hello" } };
        db.Messages.Add(new Message
        {
            Conversation = conversation, Direction = MessageDirection.Inbound, Type = "text", Content = content.ToJsonString(),
            WaMessageId = content["id"]!.GetValue<string>(), State = DeliveryState.Received, CreatedAt = when,
        });
        await db.SaveChangesAsync();
        return conversation;
    }

    /// <summary>Adds a message of any type to a conversation: <paramref name="part"/> is the object under the type's name.</summary>
    public static async Task AddMessageAsync(IServiceProvider services, Conversation conversation, string type, JsonObject part,
        MessageDirection direction = MessageDirection.Inbound)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync();
        var id = "wamid." + Guid.NewGuid().ToString("N");
        var content = new JsonObject { ["id"] = id, ["type"] = type, [type] = part };
        db.Messages.Add(new Message
        {
            ConversationId = conversation.Id, Direction = direction, Type = type, Content = content.ToJsonString(),
            WaMessageId = id, State = direction == MessageDirection.Inbound ? DeliveryState.Received : DeliveryState.Sent, CreatedAt = conversation.LastMessageAt,
        });
        await db.SaveChangesAsync();
    }

    public static async Task<Conversation> ReloadAsync(IServiceProvider services, long id)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync();
        return await db.Conversations.AsNoTracking().FirstAsync(c => c.Id == id);
    }

    public static async Task<List<ConversationEvent>> EventsAsync(IServiceProvider services, long id)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync();
        return await db.ConversationEvents.AsNoTracking().Where(e => e.ConversationId == id).OrderBy(e => e.Id).ToListAsync();
    }
}
