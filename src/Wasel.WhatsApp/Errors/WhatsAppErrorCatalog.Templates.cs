namespace Wasel.WhatsApp.Errors;

public static partial class WhatsAppErrorCatalog
{
    private static void AddTemplateErrors(Dictionary<int, ErrorExplanation> e)
    {
        e[132000] = Entry("The number of template parameters does not match the template's placeholders.",
            "Send exactly one value per placeholder, in each component.", false);
        e[132001] = Entry("The template does not exist in this language, or is not approved.",
            "Check the template name and language code, and that its status is APPROVED.", false);
        e[132005] = Entry("The template text with its values filled in is too long.", "Shorten the parameter values.", false);
        e[132007] = Entry("The template content violates a format or character policy.", "Change the parameter values or the template.", false);
        e[132012] = Entry("A parameter value has the wrong format for its placeholder (e.g. text where media is expected).",
            "Send each parameter with the type the template expects.", false);
        e[132015] = Entry("The template is paused because of low quality.",
            "Edit the template or wait for it to be unpaused; use another template meanwhile.", false);
        e[132016] = Entry("The template has been disabled after repeated pauses.",
            "Create a new template with different content.", false);
        e[132018] = Entry("The template parameters are invalid.", "Read the details and fix the parameters.", false);
        e[132068] = Entry("The flow is blocked.", "Fix the flow in WhatsApp Manager.", false);
        e[132069] = Entry("The flow is throttled: too many messages with this flow.", "Send fewer messages with this flow.", false,
            "Wait before sending this flow again.");
        e[2388019] = Entry("The account has reached its template limit (250, or 6,000 for verified portfolios).",
            "Delete unused templates before creating new ones.", false);
        e[2388040] = Entry("A template field is over its character limit.",
            "Shorten it: header ≤60, body ≤1024, footer ≤60, button label ≤25.", false);
        e[2388047] = Entry("The template header is badly formatted.",
            "Use at most one parameter in a text header, with an example; no emoji, markdown or new lines.", false);
        e[2388072] = Entry("The template body is badly formatted.",
            "Number placeholders {{1}}, {{2}}… in order, without special characters, and give examples.", false);
        e[2388073] = Entry("The template footer is badly formatted.", "Use plain text without placeholders in the footer.", false);
        e[2388293] = Entry("Too many parameters for the length of the text.", "Add more fixed text or use fewer placeholders.", false);
        e[2388299] = Entry("A placeholder is at the start or end of the text.", "Put fixed text before the first and after the last placeholder.", false);
    }
}
