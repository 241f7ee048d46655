using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wasel.Conversations;
using Wasel.Platform.Data;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.State;
using SandboxDirection = Wasel.Sandbox.State.MessageDirection;

namespace Wasel.Demo;

/// <summary>
/// Tells the embedded sandbox, which forgets everything when the app stops, about the demo: its templates (approved),
/// and each demo contact as a simulated customer with name, language, the time of its last message (so that the
/// sandbox applies the same 24-hour window as Wasel) and recent history, so that the phone page continues the thread.
/// </summary>
internal sealed class DemoSandbox(SandboxState sandbox, TemplateStore templates, MediaStore media)
{
    private const int HistoryPerCustomer = 50;

    /// <summary>The business number a customer's reply quotes in its context.</summary>
    public string BusinessNumber => sandbox.Settings.DisplayPhoneNumber;

    public async Task RegisterCustomersAsync(WaselDb db, CancellationToken cancellationToken)
    {
        DemoTemplates.RegisterIn(templates);
        // The sandbox's memory is new on every start; the photos customers sent must be there for Wasel to fetch.
        foreach (var id in DemoPhotos.Ids)
            if (media.Find(id) is null) media.Put(id, DemoPhotos.Bytes(id), DemoPhotos.MimeType, null, sandbox.Clock.UtcNow);
        var waIds = DemoContacts.All.Select(c => c.WaId).ToList();
        var contacts = await db.Contacts.AsNoTracking().Where(c => waIds.Contains(c.WaId)).ToListAsync(cancellationToken);
        var messages = await db.Messages.AsNoTracking()
            .Where(m => waIds.Contains(m.Conversation.Contact.WaId) && m.WaMessageId != null)
            .Select(m => new { m.Conversation.Contact.WaId, Message = m })
            .ToListAsync(cancellationToken);

        foreach (var contact in contacts)
        {
            var history = messages.Where(m => m.WaId == contact.WaId).Select(m => m.Message)
                .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).TakeLast(HistoryPerCustomer).ToList();
            var lastInbound = history.Where(m => m.Direction == Conversations.MessageDirection.Inbound)
                .Select(m => (DateTimeOffset?)m.CreatedAt).Max();
            var customer = sandbox.GetOrAddCustomer(contact.WaId, () => new SimulatedCustomer
            {
                WaId = contact.WaId,
                Name = contact.Name ?? contact.PhoneE164,
                Language = contact.Language ?? "en",
                CreatedAt = contact.CreatedAt,
            });
            lock (sandbox.Sync)
            {
                if (lastInbound > customer.LastInboundAt || customer.LastInboundAt is null) customer.LastInboundAt = lastInbound;
                if (customer.Timeline.Count > 0) continue;
            }
            for (var i = 0; i < history.Count; i++)
                sandbox.AddMessage(customer, ToSandbox(history[i], answered: history.Skip(i + 1).Any(m => m.Direction == Conversations.MessageDirection.Outbound)));
        }
    }

    private static SandboxMessage ToSandbox(Message message, bool answered)
    {
        var stored = JsonNode.Parse(message.Content)?.AsObject() ?? [];
        var body = new JsonObject { ["type"] = message.Type, [message.Type] = stored[message.Type]?.DeepClone() };
        if (stored["context"] is { } context) body["context"] = context.DeepClone();
        var outbound = message.Direction == Conversations.MessageDirection.Outbound;
        var sandboxMessage = new SandboxMessage
        {
            Id = message.WaMessageId!,
            Direction = outbound ? SandboxDirection.Outbound : SandboxDirection.Inbound,
            Type = message.Type,
            Body = body,
            Timestamp = message.CreatedAt,
            Category = message.CostCategory,
            Rendered = message.Type == "template" ? DemoTemplates.Render(stored["template"] as JsonObject) : null,
            // Inbound: whether the business has read it, which it has once it answered.
            Status = outbound ? StatusOf(message.State) : answered ? "read" : "delivered",
        };
        if (message.SentAt is { } sent) sandboxMessage.Statuses.Add(new StatusChange("sent", sent));
        if (message.DeliveredAt is { } delivered) sandboxMessage.Statuses.Add(new StatusChange("delivered", delivered));
        if (message.ReadAt is { } read) sandboxMessage.Statuses.Add(new StatusChange("read", read));
        if (message is { State: DeliveryState.Failed, FailedAt: { } failed, ErrorCode: { } code })
        {
            sandboxMessage.Statuses.Add(new StatusChange("failed", failed));
            sandboxMessage.Error = new JsonObject
            {
                ["code"] = code,
                ["title"] = message.ErrorTitle,
                ["message"] = message.ErrorTitle,
                ["error_data"] = new JsonObject { ["details"] = message.ErrorDetails },
            };
        }
        return sandboxMessage;
    }

    private static string StatusOf(DeliveryState state) => state switch
    {
        DeliveryState.Sent => "sent",
        DeliveryState.Delivered => "delivered",
        DeliveryState.Read => "read",
        DeliveryState.Failed => "failed",
        _ => "accepted",
    };
}
