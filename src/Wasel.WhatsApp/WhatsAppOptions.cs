namespace Wasel.WhatsApp;

/// <summary>How to reach the Cloud API: bound from the "WhatsApp" configuration section.</summary>
public sealed class WhatsAppOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "WhatsApp";

    /// <summary>Graph API root, without the version: https://graph.facebook.com, or the sandbox's /sandbox/graph.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.facebook.com");

    /// <summary>Graph API version, e.g. v23.0.</summary>
    public string ApiVersion { get; set; } = "v23.0";

    /// <summary>System-user or business access token, sent as a Bearer token.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The business phone number's id (not the number itself).</summary>
    public string PhoneNumberId { get; set; } = "";

    /// <summary>The WhatsApp Business Account id: needed for templates.</summary>
    public string WabaId { get; set; } = "";

    /// <summary>The Meta app's id: files for the Resumable Upload API (e.g. the profile picture) are uploaded to it.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The Meta app's secret: webhooks are signed with it.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>The token Meta echoes during the webhook verification handshake.</summary>
    public string VerifyToken { get; set; } = "";

    /// <summary>Time allowed for one attempt of one request.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Time allowed for a request including all its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt for errors that can succeed later (5xx, 4, 80007, 130429, 131056).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First back-off delay; later ones grow exponentially (4^n after a pair-rate error) with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single back-off delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
