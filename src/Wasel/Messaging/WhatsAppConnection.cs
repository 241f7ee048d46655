using Microsoft.Extensions.Options;
using Wasel.Sandbox.State;
using Wasel.WhatsApp;

namespace Wasel.Messaging;

/// <summary>
/// Which WhatsApp Wasel talks to: Meta, when an access token and phone-number id are configured, otherwise the
/// embedded sandbox with its own token and app secret. Everything that needs a credential asks here.
/// </summary>
public sealed class WhatsAppConnection(IOptionsMonitor<WhatsAppOptions> options, SandboxState sandbox)
{
    public bool UsesSandbox => string.IsNullOrWhiteSpace(options.CurrentValue.AccessToken) || string.IsNullOrWhiteSpace(options.CurrentValue.PhoneNumberId);

    public string AppSecret => UsesSandbox ? sandbox.Settings.AppSecret : options.CurrentValue.AppSecret;

    public string VerifyToken => options.CurrentValue.VerifyToken;

    public string PhoneNumberId => UsesSandbox ? sandbox.Settings.PhoneNumberId : options.CurrentValue.PhoneNumberId;
}
