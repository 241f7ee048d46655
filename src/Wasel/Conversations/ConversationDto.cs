using System.Text.Json;
using Wasel.WhatsApp.Errors;

namespace Wasel.Conversations;

public sealed record ContactSummary(long Id, string WaId, string? Name);

public sealed record ConversationDto(
    long Id,
    ContactSummary Contact,
    ConversationStatus Status,
    string? AssigneeId,
    long? TeamId,
    DateTimeOffset? WindowExpiresAt,
    DateTimeOffset LastMessageAt,
    DateTimeOffset? LastInboundAt,
    DateTimeOffset? SnoozedUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ResolvedAt);

/// <summary>Why a message failed: WhatsApp's code, title and details, and what the code means and what to do about it.</summary>
public sealed record MessageError(int Code, string? Title, string? Details, string Meaning, string WhatToDo);

public sealed record MessageDto(
    long Id,
    long ConversationId,
    MessageDirection Direction,
    string Type,
    JsonElement Content,
    string? WaMessageId,
    string? ReplyToWaMessageId,
    DeliveryState State,
    MessageError? Error,
    string? CostCategory,
    string? AuthorId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? ReadAt,
    DateTimeOffset? FailedAt);

public static class ConversationMapping
{
    public static ConversationDto ToDto(this Conversation c) => new(c.Id, new ContactSummary(c.Contact.Id, c.Contact.WaId, c.Contact.Name),
        c.Status, c.AssigneeId, c.TeamId, c.WindowExpiresAt, c.LastMessageAt, c.LastInboundAt, c.SnoozedUntil, c.CreatedAt, c.UpdatedAt, c.ResolvedAt);

    public static MessageDto ToDto(this Message m) => new(m.Id, m.ConversationId, m.Direction, m.Type, ParseContent(m.Content),
        m.WaMessageId, m.ReplyToWaMessageId, m.State, m.ErrorCode is { } code ? ErrorOf(code, m) : null,
        m.CostCategory, m.AuthorId, m.CreatedAt, m.SentAt, m.DeliveredAt, m.ReadAt, m.FailedAt);

    private static MessageError ErrorOf(int code, Message m)
    {
        var explanation = WhatsAppErrorCatalog.Explain(code);
        return new MessageError(code, m.ErrorTitle, m.ErrorDetails, explanation.Meaning, explanation.WhatToDo);
    }

    private static JsonElement ParseContent(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
