using Wasel.WhatsApp.Webhooks;

namespace Wasel.Messaging;

/// <summary>Turns a stored status object back into the parser's typed status, through the parser itself.</summary>
internal static class EarlyStatusReader
{
    public static MessageStatus Read(string statusJson) =>
        WebhookParser.Parse($$$"""{"object":"whatsapp_business_account","entry":[{"id":"0","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","statuses":[{{{statusJson}}}]}}]}]}""")
            .Events.OfType<MessageStatus>().Single();
}
