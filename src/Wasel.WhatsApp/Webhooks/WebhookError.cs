namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// An error reported inside a webhook: on a failed status (<c>statuses[].errors</c>), on an inbound message
/// (<c>messages[].errors</c>, e.g. 131051 unsupported type or 131052 media download) or for the whole change
/// (<c>value.errors</c>). Look up <see cref="Code"/> for what to do about it.
/// </summary>
public sealed record WebhookError : WebhookObject
{
    /// <summary>Meta's numeric error code, e.g. 131047.</summary>
    public int Code { get; init; }

    /// <summary>Short title; Meta sends the same text in <see cref="Message"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Error message.</summary>
    public string? Message { get; init; }

    /// <summary>Extra data; its <c>details</c> is the most specific description Meta gives.</summary>
    public WebhookErrorData? ErrorData { get; init; }

    /// <summary>Link to Meta's error-code documentation (relative in current payloads, absolute in older ones).</summary>
    public string? Href { get; init; }

    /// <summary>The most specific description available: error_data.details, else the message, else the title.</summary>
    public string Description => ErrorData?.Details ?? Message ?? Title ?? $"Error {Code}";
}

/// <summary>The <c>error_data</c> object of a webhook error.</summary>
public sealed record WebhookErrorData : WebhookObject
{
    /// <summary>What went wrong, in Meta's words.</summary>
    public string? Details { get; init; }
}
