using Wasel.Agents;
using Wasel.Inbox.Settings;
using Wasel.Messaging;
using Wasel.Platform.Http;
using Wasel.Sandbox.State;
using Wasel.WhatsApp;

namespace Wasel.BusinessProfile;

/// <summary>
/// How Wasel is connected to WhatsApp, as an admin needs it to set up Meta's side: the access token appears only
/// masked, and the app secret only as set or not.
/// </summary>
public sealed record WhatsAppConnectionDescription(
    bool UsesSandbox,
    string PhoneNumberId,
    string WabaId,
    string ApiVersion,
    string GraphBaseUrl,
    string WebhookUrl,
    string VerifyToken,
    string MaskedAccessToken,
    bool AppSecretSet);

/// <summary>Reads the connection from configuration (WhatsApp:*), or the embedded sandbox's settings when it is in use.</summary>
public sealed class DescribeWhatsAppConnection(IConfiguration configuration, WhatsAppConnection connection, SandboxState sandbox)
{
    public const string WebhookPath = "webhooks/whatsapp";

    /// <param name="serverBase">This server's public address (as the admin's browser reached it), for the webhook URL.</param>
    public Result<WhatsAppConnectionDescription> Handle(Staff? staff, Uri serverBase)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        var options = configuration.GetSection(WhatsAppOptions.Section).Get<WhatsAppOptions>() ?? new WhatsAppOptions();
        var sandboxed = connection.UsesSandbox;
        var settings = sandbox.Settings;
        return new WhatsAppConnectionDescription(
            UsesSandbox: sandboxed,
            PhoneNumberId: connection.PhoneNumberId,
            WabaId: sandboxed ? settings.WabaId : options.WabaId,
            ApiVersion: options.ApiVersion,
            GraphBaseUrl: sandboxed ? new Uri(serverBase, "sandbox/graph").ToString() : options.BaseUrl.ToString(),
            WebhookUrl: new Uri(serverBase, WebhookPath).ToString(),
            VerifyToken: connection.VerifyToken,
            MaskedAccessToken: Mask(sandboxed ? settings.AccessToken : options.AccessToken),
            AppSecretSet: !string.IsNullOrEmpty(connection.AppSecret));
    }

    /// <summary>The first and last four characters of a long secret and its length; nothing of a short one.</summary>
    public static string Mask(string? secret) => secret switch
    {
        null or "" => "",
        { Length: < 16 } => new string('•', 8),
        _ => $"{secret[..4]}••••{secret[^4..]} ({secret.Length})",
    };
}
