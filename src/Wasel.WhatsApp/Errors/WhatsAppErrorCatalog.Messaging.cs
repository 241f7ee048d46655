namespace Wasel.WhatsApp.Errors;

public static partial class WhatsAppErrorCatalog
{
    private static void AddMessagingErrors(Dictionary<int, ErrorExplanation> e)
    {
        e[130472] = Entry("The customer's number is part of a Meta marketing experiment and the message was not sent.",
            "Do not resend now; this customer will not get marketing templates while the experiment runs.", false);
        e[131008] = Entry("A required parameter is missing.", "Read the details for the missing parameter and add it.", false);
        e[131009] = Entry("A parameter value is not valid (for a reaction: the message is unknown, older than 30 days or itself a reaction).",
            "Read the details and fix the value.", false);
        e[131021] = Entry("The recipient is the business number itself.", "Send to a different number.", false);
        e[131026] = Entry("The message could not be delivered: the number is not on WhatsApp, uses an old app, or has not accepted new terms.",
            "Do not retry. Confirm the number or reach the customer another way.", false);
        e[131030] = Entry("The recipient is not in the test number's allowed list.",
            "Add the recipient to the allowed list in the App Dashboard, or use a production number.", false);
        e[131047] = Entry("More than 24 hours have passed since the customer last wrote, so only templates may be sent.",
            "Send an approved template instead; free-form messages work again once the customer replies.", false);
        e[131048] = Entry("Spam rate limit: too many messages were blocked or reported, so sending is restricted.",
            "Slow down and improve message quality; check the quality rating in WhatsApp Manager.", false,
            "Wait before sending more; the restriction lifts as quality recovers.");
        e[131049] = Entry("Meta chose not to deliver this marketing message to keep the customer's engagement healthy (per-user marketing limit).",
            "Do not retry right away; try again in 24 hours or later, or use another channel.", false,
            "Wait at least 24 hours before sending this customer another marketing template.");
        e[131050] = Entry("The customer has stopped marketing messages from this business.",
            "Do not send marketing messages to this customer until they opt back in.", false);
        e[131051] = Entry("The message type is not supported.", "Use one of the supported message types.", false);
        e[131052] = Entry("The customer's media could not be downloaded.", "Ask the customer to send the media again.", false);
        e[131053] = Entry("The media could not be uploaded or fetched (bad link, unsupported type, or too large).",
            "Check that the link is public https and the file type and size are allowed; see the details.", false);
        e[131056] = Entry("Too many messages to the same customer in a short time (pair rate limit, about one per 6 seconds).",
            "Wait before messaging this customer again; group content into fewer messages.", true,
            "Retry after growing waits: 4^n seconds (4 s, 16 s, 64 s…).");
        e[131059] = Entry("The paging cursor is invalid or expired.", "Restart listing from the first page.", false);
    }
}
