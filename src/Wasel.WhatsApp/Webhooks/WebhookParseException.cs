namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// The body is not a WhatsApp webhook notification: not JSON, another <c>object</c>, or a broken envelope.
/// The message names the JSON path at fault.
/// </summary>
public sealed class WebhookParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="inner">The JSON error behind it, if any.</param>
    public WebhookParseException(string message, Exception? inner = null) : base(message, inner) { }
}
