namespace Wasel.Sandbox.Graph;

/// <summary>One row of Meta's error table: the title Meta writes and the HTTP status it answers with.</summary>
public sealed record CloudApiError(int Code, string Title, string Details, int HttpStatus);

/// <summary>
/// The Cloud API error codes the sandbox returns, with Meta's titles and default details (error-codes page, Nov 2025).
/// Shared by synchronous Graph errors and the error objects of failed-status webhooks.
/// </summary>
public static class CloudApiErrors
{
    private static readonly Dictionary<int, CloudApiError> Known = new[]
    {
        new CloudApiError(100, "Invalid parameter", "Invalid parameter.", 400),
        new CloudApiError(190, "Invalid OAuth access token - Cannot parse access token", "Invalid OAuth access token.", 401),
        new CloudApiError(130429, "Rate limit hit", "Cloud API message throughput has been reached.", 400),
        new CloudApiError(131000, "Something went wrong", "Message failed to send due to an unknown error.", 500),
        new CloudApiError(131008, "Required parameter is missing", "A required parameter is missing.", 400),
        new CloudApiError(131009, "Parameter value is not valid", "One or more parameter values are invalid.", 400),
        new CloudApiError(131021, "Recipient cannot be sender", "Sender and recipient phone number is the same.", 400),
        new CloudApiError(131026, "Message undeliverable",
            "Unable to deliver message. Reasons can include: the recipient phone number is not a WhatsApp phone number; the recipient has not accepted the new Terms of Service; the recipient is using an old WhatsApp version.", 400),
        new CloudApiError(131047, "Re-engagement message",
            "Message failed to send because more than 24 hours have passed since the customer last replied to this number.", 400),
        new CloudApiError(131048, "Spam rate limit hit",
            "Message failed to send because there are restrictions on how many messages can be sent from this phone number.", 400),
        new CloudApiError(131050, "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business",
            "The recipient has stopped marketing messages from this business.", 400),
        new CloudApiError(131053, "Media upload error", "Unable to upload the media used in the message.", 400),
        new CloudApiError(131056, "(Business Account, Consumer Account) pair rate limit hit",
            "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.", 400),
        new CloudApiError(132000, "Number of parameters does not match the expected number of params",
            "The number of variable parameter values does not match the number of variables in the template.", 400),
        new CloudApiError(132001, "Template name does not exist in the translation",
            "The template does not exist in the specified language or has not been approved.", 404),
        new CloudApiError(132015, "Template is Paused", "The template is paused because of low quality.", 400),
        new CloudApiError(132016, "Template is disabled", "The template has been paused too many times and is permanently disabled.", 400),
        new CloudApiError(132018, "There was an issue with the parameters in your template.", "The template's parameters do not match its named parameters.", 400),
    }.ToDictionary(e => e.Code);

    public static CloudApiError Get(int code) =>
        Known.GetValueOrDefault(code) ?? new CloudApiError(code, "Something went wrong", "An error occurred.", code is >= 100 and < 600 ? code : 400);

    public const string Href = "/documentation/business-messaging/whatsapp/support/error-codes";
}
