namespace Wasel.WhatsApp.Messages;

/// <summary>
/// Meta accepted a message for delivery. This is not delivery: sent/delivered/read/failed arrive later as status
/// webhooks for <see cref="MessageId"/>.
/// </summary>
public sealed record SendResult
{
    /// <summary>The wamid identifying the message in status webhooks.</summary>
    public required string MessageId { get; init; }

    /// <summary>The recipient's WhatsApp id (digits only), when Meta returns one.</summary>
    public string? WaId { get; init; }

    /// <summary>The "to" value as sent.</summary>
    public string? Input { get; init; }

    /// <summary>"accepted" or "held_for_quality_assessment" (template pacing); null when Meta omits it.</summary>
    public string? MessageStatus { get; init; }
}

/// <summary>The wire shape of a send response.</summary>
internal sealed record SendResponse
{
    public IReadOnlyList<SendResponseContact>? Contacts { get; init; }
    public IReadOnlyList<SendResponseMessage>? Messages { get; init; }
}

internal sealed record SendResponseContact
{
    public string? Input { get; init; }
    public string? WaId { get; init; }
}

internal sealed record SendResponseMessage
{
    public required string Id { get; init; }
    public string? MessageStatus { get; init; }
}

/// <summary>The wire shape of Graph's {"success": true} answers.</summary>
internal sealed record SuccessResponse
{
    public bool Success { get; init; }
}
