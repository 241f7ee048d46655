using Wasel.Sandbox.State;

namespace Wasel.Messaging;

/// <summary>
/// Which WhatsApp Wasel talks to: Meta, when WhatsApp:AccessToken and WhatsApp:PhoneNumberId are configured,
/// otherwise the embedded sandbox with its own token and app secret. Read from configuration (not from the
/// client's options) so that asking does not fix those options before the server knows its own address.
/// </summary>
public sealed class WhatsAppConnection(IConfiguration configuration, SandboxState sandbox)
{
    private IConfigurationSection Section => configuration.GetSection(WhatsApp.WhatsAppOptions.Section);

    public bool UsesSandbox => string.IsNullOrWhiteSpace(Section["AccessToken"]) || string.IsNullOrWhiteSpace(Section["PhoneNumberId"]);

    public string AppSecret => UsesSandbox ? sandbox.Settings.AppSecret : Section["AppSecret"] ?? "";

    public string VerifyToken => Section["VerifyToken"] ?? "";

    public string PhoneNumberId => UsesSandbox ? sandbox.Settings.PhoneNumberId : Section["PhoneNumberId"] ?? "";
}
