using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wasel.Contacts;
using Wasel.Conversations;

namespace Wasel.Demo;

/// <summary>
/// Turns the demo script into rows placed relative to <c>now</c>: contacts, conversations with their window and
/// timestamps derived from their messages, messages in the Cloud API's shapes with delivery states that fit their
/// direction, and the events (created, assigned, note, snoozed, resolved) an inbox would have recorded.
/// </summary>
public sealed class DemoBuilder(DateTimeOffset now, string businessNumber)
{
    public const string MessageIdPrefix = "wamid.DEMO";

    private static readonly TimeSpan ServiceWindow = TimeSpan.FromHours(24);
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public List<Contact> Contacts { get; } = [];
    public List<Conversation> Conversations { get; } = [];
    public List<Message> Messages { get; } = [];
    public List<ConversationEvent> Events { get; } = [];

    public DemoBuilder Build(IReadOnlyList<DemoContact> contacts, IReadOnlyList<DemoConversation> conversations)
    {
        var byWaId = contacts.ToDictionary(c => c.WaId, ToContact);
        Contacts.AddRange(byWaId.Values);
        for (var i = 0; i < conversations.Count; i++)
            AddConversation(conversations[i], byWaId[conversations[i].WaId], i + 1);
        foreach (var contact in Contacts)
            contact.UpdatedAt = Max(contact.CreatedAt, Conversations.Where(c => c.Contact == contact).Select(c => c.LastMessageAt).DefaultIfEmpty().Max());
        return this;
    }

    private Contact ToContact(DemoContact demo) => new()
    {
        WaId = demo.WaId,
        PhoneE164 = (WhatsAppNumber.TryParse(demo.WaId, out var error) ?? throw new InvalidOperationException($"Demo number {demo.WaId}: {error}")).E164,
        Name = demo.Name,
        Language = demo.Language,
        Tags = [.. demo.Tags],
        Attributes = new(demo.Attributes),
        Consent = demo.Consent,
        ConsentSource = demo.ConsentSource,
        ConsentChangedAt = demo.Consent == ConsentState.Unknown ? null : Ago(demo.ConsentHoursAgo ?? demo.FirstSeenHoursAgo),
        Source = demo.Source,
        CreatedAt = Ago(demo.FirstSeenHoursAgo),
    };

    private void AddConversation(DemoConversation demo, Contact contact, int number)
    {
        var conversation = new Conversation { Contact = contact, Status = demo.Status, AssigneeId = demo.Assignee };
        Conversations.Add(conversation);
        string? lastInboundId = null, lastOutboundId = null;
        for (var i = 0; i < demo.Messages.Length; i++)
        {
            var script = demo.Messages[i];
            var id = $"{MessageIdPrefix}{number:D2}{i + 1:D2}";
            var repliesTo = !script.RepliesToPrevious ? null
                : script.Direction == MessageDirection.Inbound ? lastOutboundId : lastInboundId;
            Messages.Add(ToMessage(script, conversation, contact.WaId, id, repliesTo));
            if (script.Direction == MessageDirection.Inbound) lastInboundId = id; else lastOutboundId = id;
        }

        var own = Messages.Where(m => m.Conversation == conversation).ToList();
        conversation.CreatedAt = own[0].CreatedAt;
        conversation.LastMessageAt = own[^1].CreatedAt;
        conversation.LastInboundAt = own.Where(m => m.Direction == MessageDirection.Inbound).Select(m => (DateTimeOffset?)m.CreatedAt).Max();
        conversation.WindowExpiresAt = conversation.LastInboundAt + ServiceWindow;
        if (contact.CreatedAt > conversation.CreatedAt) contact.CreatedAt = conversation.CreatedAt;

        var after = conversation.LastMessageAt;
        AddEvent(conversation, "created", null, null, conversation.CreatedAt);
        if (demo.Assignee is { } assignee)
            AddEvent(conversation, "assigned", "system", new JsonObject { ["assignee"] = assignee }, conversation.CreatedAt.AddMinutes(1));
        if (demo.Note is { } note)
            AddEvent(conversation, "note", demo.Assignee, new JsonObject { ["text"] = note }, after = after.AddMinutes(1));
        if (demo.Status == ConversationStatus.Snoozed)
        {
            conversation.SnoozedUntil = now + (demo.SnoozeFor ?? TimeSpan.FromHours(4));
            AddEvent(conversation, "snoozed", demo.Assignee, new JsonObject { ["until"] = conversation.SnoozedUntil.Value.ToString("O", CultureInfo.InvariantCulture) }, after = after.AddMinutes(1));
        }
        if (demo.Status == ConversationStatus.Resolved)
        {
            conversation.ResolvedAt = after = after.AddMinutes(2);
            AddEvent(conversation, "resolved", demo.Assignee ?? "bot", null, after);
        }
        conversation.UpdatedAt = Min(after, now);
    }

    private Message ToMessage(DemoMessage script, Conversation conversation, string waId, string id, string? repliesTo)
    {
        var at = Ago(script.HoursAgo);
        var content = script.Direction == MessageDirection.Inbound
            ? new JsonObject { ["from"] = waId, ["id"] = id, ["timestamp"] = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) }
            : new JsonObject { ["messaging_product"] = "whatsapp", ["recipient_type"] = "individual", ["to"] = waId };
        if (repliesTo is not null)
            content["context"] = script.Direction == MessageDirection.Inbound
                ? new JsonObject { ["from"] = businessNumber, ["id"] = repliesTo }
                : new JsonObject { ["message_id"] = repliesTo };
        content["type"] = script.Type;
        content[script.Type] = script.Part.DeepClone();
        if (script.Referral is { } referral) content["referral"] = referral.DeepClone();

        var message = new Message
        {
            Conversation = conversation,
            Direction = script.Direction,
            Type = script.Type,
            Content = content.ToJsonString(Json),
            WaMessageId = id,
            ReplyToWaMessageId = repliesTo,
            State = script.State,
            AuthorId = script.Author,
            CreatedAt = at,
        };
        if (script.Direction == MessageDirection.Outbound) ApplyDelivery(message, script);
        return message;
    }

    /// <summary>Fills the status times an outbound message would have collected from WhatsApp's status webhooks.</summary>
    private void ApplyDelivery(Message message, DemoMessage script)
    {
        var at = message.CreatedAt;
        if (script.State == DeliveryState.Failed)
        {
            message.FailedAt = Min(at.AddSeconds(2), now);
            message.ErrorCode = script.Error?.Code;
            message.ErrorTitle = script.Error?.Title;
            message.ErrorDetails = script.Error?.Details;
            return;
        }
        message.CostCategory = script.Category;
        message.Billable = script.Category is not ("service" or null);
        if (script.State >= DeliveryState.Sent) message.SentAt = Min(at.AddSeconds(1), now);
        if (script.State >= DeliveryState.Delivered) message.DeliveredAt = Min(at.AddSeconds(3), now);
        if (script.State == DeliveryState.Read) message.ReadAt = Min(at.AddMinutes(1), now);
    }

    private void AddEvent(Conversation conversation, string kind, string? actor, JsonObject? data, DateTimeOffset at) =>
        Events.Add(new ConversationEvent { Conversation = conversation, Kind = kind, ActorId = actor, Data = data?.ToJsonString(Json), At = Min(at, now) });

    private DateTimeOffset Ago(double hours) => now - TimeSpan.FromHours(hours);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
