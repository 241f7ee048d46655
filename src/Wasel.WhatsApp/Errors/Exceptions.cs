using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Validation;

namespace Wasel.WhatsApp.Errors;

/// <summary>Meta answered with an error (after any retries the error allowed).</summary>
public sealed class WhatsAppApiException(WhatsAppError error)
    : Exception($"WhatsApp Cloud API error {error.Code?.ToString() ?? "(none)"} (HTTP {error.HttpStatus}): {error.Title}"
        + ((error.Details ?? error.UserMessage) is { } detail ? $" — {detail}" : "") + $". {error.Explanation.WhatToDo}")
{
    /// <summary>The error with its explanation.</summary>
    public WhatsAppError Error { get; } = error;
}

/// <summary>
/// A send timed out or lost its connection after the request may have reached Meta: the message may or may not
/// have been accepted. It is deliberately not retried, since a blind retry could deliver it twice. Reconcile it
/// from status webhooks (match <see cref="OutgoingMessage.BizOpaqueCallbackData"/> if you set one), or resend
/// only when a duplicate is acceptable.
/// </summary>
public sealed class WhatsAppAmbiguousSendException(OutgoingMessage message, Exception inner)
    : Exception($"Sending to {message.To} timed out or was cut off; Meta may or may not have accepted the message.", inner)
{
    /// <summary>The message whose fate is unknown.</summary>
    public OutgoingMessage OutgoingMessage { get; } = message;
}

/// <summary>A request was not sent because it breaks Meta's limits; <see cref="Errors"/> says what to fix.</summary>
public sealed class WhatsAppValidationException(IReadOnlyList<ValidationError> errors)
    : Exception("The request breaks WhatsApp's limits: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    /// <summary>Each broken rule, keyed by a JSON-path-like field name.</summary>
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
