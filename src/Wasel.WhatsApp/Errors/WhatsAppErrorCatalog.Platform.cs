namespace Wasel.WhatsApp.Errors;

public static partial class WhatsAppErrorCatalog
{
    private const string Backoff = "Retry with exponential back-off, starting at a few seconds.";

    private static void AddPlatformErrors(Dictionary<int, ErrorExplanation> e)
    {
        e[0] = Entry("The access token could not be authenticated (invalid, expired or revoked).",
            "Generate a new system-user access token and update the configuration.", false);
        e[1] = Entry("Invalid request or possible Meta server error (API Unknown).",
            "Check the request and Meta's status page before trying again.", false);
        e[2] = Entry("Meta's API service is temporarily unavailable.", "Retry later.", true, Backoff);
        e[3] = Entry("The app lacks the capability or permission for this API method.",
            "Check the app's permissions (whatsapp_business_messaging, whatsapp_business_management).", false);
        e[4] = Entry("The app hit its Graph API call rate limit.",
            "Slow down API calls; the limit resets over the hour.", true, "Wait and retry with back-off (minutes, not seconds).");
        e[10] = Entry("Permission denied: the token lacks a permission or the number is not eligible.",
            "Grant the missing permission to the system user and regenerate the token.", false);
        e[33] = Entry("The phone number id does not exist or the number was deleted.",
            "Check WhatsApp:PhoneNumberId against WhatsApp Manager.", false);
        e[100] = Entry("A parameter is invalid: unknown, misspelled, of the wrong type or too long.",
            "Read the details for the parameter name and fix the request.", false);
        e[190] = Entry("The access token has expired.",
            "Generate a new access token (system-user tokens can be made non-expiring) and update the configuration.", false);
        e[200] = Entry("API permission error: the app is not allowed to do this.",
            "Check the app's permissions and that the WABA is shared with the app.", false);
        e[368] = Entry("The account is temporarily blocked for policy violations.",
            "Do not retry. Review the violation in WhatsApp Manager / Business Support and appeal if it is wrong.", false);
        e[80007] = Entry("The WhatsApp Business Account hit its management API rate limit.",
            "Spread management calls out (200/h by default, 5,000/h with a registered number).", true,
            "Wait and retry with back-off (minutes).");
        e[130429] = Entry("Cloud API message throughput for this phone number was reached (80 msg/s by default).",
            "Send more slowly; the number is upgraded to 1,000 msg/s automatically when eligible.", true,
            "Retry after a short back-off (sub-second to seconds) with jitter.");
        e[130497] = Entry("The business is restricted from messaging users in this country.",
            "Do not retry. Check Meta's messaging restrictions for the recipient's country.", false);
        e[131000] = Entry("Something went wrong on Meta's side.", "Retry with back-off; contact Meta support if it persists.", true, Backoff);
        e[131005] = Entry("Access denied: the token does not have permission for this number or WABA.",
            "Check that the system user has access to the WABA and the token has the WhatsApp permissions.", false);
        e[131016] = Entry("A Meta service is temporarily unavailable.", "Retry later.", true, Backoff);
        e[131031] = Entry("The business account has been locked (policy violation or wrong two-step PIN).",
            "Do not retry. Check the account's status in WhatsApp Manager and contact Meta support.", false);
        e[131037] = Entry("The phone number needs an approved display name before it can send.",
            "Get the display name approved in WhatsApp Manager.", false);
        e[131042] = Entry("There is a problem with the account's payment method.",
            "Fix the payment method in WhatsApp Manager / Business settings, then resend.", false);
        e[131045] = Entry("The phone number's registration certificate is invalid.", "Register the phone number again.", false);
        e[131057] = Entry("The account is in maintenance mode (for example during a throughput upgrade).",
            "Wait a few minutes and retry.", true, "Retry after about a minute.");
        e[133010] = Entry("The phone number is not registered on the Cloud API.", "Register the number (POST /{phone-number-id}/register).", false);
        e[133016] = Entry("Too many registration attempts for this number.", "Wait before registering again.", false,
            "Wait at least 72 hours before another registration attempt.");
        e[134011] = Entry("The WhatsApp Payments terms of service have not been accepted.", "Accept the payments terms in WhatsApp Manager.", false);
        e[135000] = Entry("Generic user error: the request failed for an unspecified reason.",
            "Check the request's parameters; contact Meta support with the fbtrace_id if it persists.", false);
    }
}
