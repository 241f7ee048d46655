using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>A customer's answer to an interactive message: reply button, list row, or a completed Flow.</summary>
public sealed record InboundInteractive : WebhookObject
{
    /// <summary><c>button_reply</c>, <c>list_reply</c>, <c>nfm_reply</c>, or a newer type kept as sent.</summary>
    public string Type { get; init; } = "";

    /// <summary>The reply button tapped.</summary>
    public InteractiveChoice? ButtonReply { get; init; }

    /// <summary>The list row chosen.</summary>
    public InteractiveChoice? ListReply { get; init; }

    /// <summary>A completed Flow.</summary>
    public FlowReply? NfmReply { get; init; }
}

/// <summary>The button or list row the customer picked.</summary>
public sealed record InteractiveChoice : WebhookObject
{
    /// <summary>The id the business gave the button or row.</summary>
    public string Id { get; init; } = "";

    /// <summary>Its label.</summary>
    public string? Title { get; init; }

    /// <summary>The row's description (lists only).</summary>
    public string? Description { get; init; }
}

/// <summary>The answer to a WhatsApp Flow (<c>nfm_reply</c>).</summary>
public sealed record FlowReply : WebhookObject
{
    /// <summary>Usually <c>flow</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The text shown in the chat, e.g. "Sent".</summary>
    public string? Body { get; init; }

    /// <summary>The Flow's answers as Meta sends them: a JSON document encoded as a string.</summary>
    public string? ResponseJson { get; init; }

    /// <summary>
    /// <see cref="ResponseJson"/> parsed; null when absent or not valid JSON (the raw string stays available).
    /// </summary>
    [JsonIgnore]
    public JsonElement? Response
    {
        get
        {
            if (string.IsNullOrWhiteSpace(ResponseJson))
                return null;
            try
            {
                return JsonSerializer.Deserialize(ResponseJson, WebhookJsonContext.Default.JsonElement);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
