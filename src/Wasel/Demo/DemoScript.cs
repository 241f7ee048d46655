using System.Text.Json.Nodes;
using Wasel.Contacts;
using Wasel.Conversations;

namespace Wasel.Demo;

/// <summary>A demo customer as written in the script; <see cref="DemoBuilder"/> turns it into a <see cref="Contact"/>.</summary>
public sealed record DemoContact(
    string WaId,
    string Name,
    string Language,
    string Source,
    ConsentState Consent,
    string? ConsentSource,
    string[] Tags,
    Dictionary<string, string> Attributes,
    double FirstSeenHoursAgo)
{
    /// <summary>When the consent last changed, if not when the contact was first seen (an opt-out by keyword, say).</summary>
    public double? ConsentHoursAgo { get; init; }
}

/// <summary>A demo thread: its messages oldest first, each placed relative to the moment of seeding.</summary>
public sealed record DemoConversation(string WaId, ConversationStatus Status, string? Assignee, DemoMessage[] Messages)
{
    /// <summary>For snoozed conversations: how long from now until the snooze ends.</summary>
    public TimeSpan? SnoozeFor { get; init; }

    /// <summary>An internal note an agent left on the thread, if any.</summary>
    public string? Note { get; init; }
}

/// <summary>The error a failed demo message carries, as WhatsApp reports it.</summary>
public sealed record DemoError(int Code, string Title, string Details);

/// <summary>
/// One message of the script. <see cref="Part"/> is the type-specific object of the Cloud API (the value under
/// "text", "image", …); the builder wraps it in the inbound webhook or outbound request shape.
/// </summary>
public sealed record DemoMessage(double HoursAgo, MessageDirection Direction, string Type, JsonObject Part)
{
    public DeliveryState State { get; init; } = Direction == MessageDirection.Inbound ? DeliveryState.Received : DeliveryState.Read;
    public string? Author { get; init; }
    /// <summary>Pricing category WhatsApp reports for an outbound message: service inside the window, else the template's.</summary>
    public string? Category { get; init; }
    /// <summary>Quotes the previous message from the other side (a tapped button answers the message that had it).</summary>
    public bool RepliesToPrevious { get; init; }
    public DemoError? Error { get; init; }
    /// <summary>An ad referral on the customer's first message (click-to-WhatsApp).</summary>
    public JsonObject? Referral { get; init; }
}
