using Microsoft.Extensions.Options;

namespace Wasel.Sandbox;

/// <summary>
/// Every setting of the emulator, bound from the "Sandbox" configuration section (environment: Sandbox__Key).
/// Defaults are Meta's current values; docs/sandbox.md lists each one and what differs from Meta.
/// </summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    // Identity of the emulated business number.
    public string PhoneNumberId { get; set; } = "1550000000001";
    public string DisplayPhoneNumber { get; set; } = "15550001234";
    public string VerifiedName { get; set; } = "Wasel Demo";
    public string WabaId { get; set; } = "1020000000000001";
    public string AccessToken { get; set; } = "sandbox-access-token";
    /// <summary>The emulated Meta app: Resumable Upload sessions are opened on it (POST /{app-id}/uploads).</summary>
    public string AppId { get; set; } = "1230000000000001";
    public string AppSecret { get; set; } = "sandbox-app-secret";

    /// <summary>Where signed webhooks are posted; none are sent while it is empty.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Absolute base URL used in media download links; empty means the request's own scheme and host.</summary>
    public string? PublicBaseUrl { get; set; }

    // 24-hour customer-service window.
    public double CustomerServiceWindowHours { get; set; } = 24;
    /// <summary>Free-entry-point window opened by a click-to-WhatsApp ad referral.</summary>
    public double FreeEntryPointWindowHours { get; set; } = 72;

    // Messaging limits: unique users reached outside a window in a moving 24 h.
    /// <summary>Portfolio (Meta since 2025-10-07), PerNumber (the earlier rule) or Seed (1K/10K/100K, 2x in 7 days).</summary>
    public MessagingLimitPolicy MessagingLimitPolicy { get; set; } = MessagingLimitPolicy.Portfolio;
    /// <summary>Starting tier in unique users per 24 h; null means the policy's first tier.</summary>
    public int? InitialMessagingLimit { get; set; }
    /// <summary>How long after its criteria are met a tier upgrade takes effect (Meta: 6 h for the portfolio rule).</summary>
    public double TierUpgradeDelayHours { get; set; } = 6;
    /// <summary>
    /// Overrides the policy's tier ladder with a comma-separated rising list, e.g. "2,4,unlimited" (for tests and demos);
    /// empty means the policy's own tiers.
    /// </summary>
    public string? MessagingLimitTiers { get; set; }

    // Throughput and pair rate.
    public int ThroughputPerSecond { get; set; } = 80;
    public int HighThroughputPerSecond { get; set; } = 1000;
    /// <summary>STANDARD or HIGH; HIGH uses <see cref="HighThroughputPerSecond"/>.</summary>
    public string ThroughputLevel { get; set; } = "STANDARD";
    /// <summary>Messages to one customer allowed in a burst before error 131056.</summary>
    public int PairBurst { get; set; } = 45;
    /// <summary>One message to the same customer per this many seconds, sustained.</summary>
    public double PairIntervalSeconds { get; set; } = 6;

    // Delivery simulation.
    public int SentDelayMs { get; set; } = 50;
    public int DeliveredDelayMs { get; set; } = 300;
    /// <summary>Customers read automatically after this delay; negative means only when told to (control API or phone page).</summary>
    public int ReadDelayMs { get; set; } = 1500;
    /// <summary>Share of accepted messages (0..1) that fail with 131000 instead of being delivered.</summary>
    public double FailureRate { get; set; }
    /// <summary>What happens to a number never created as a customer: treated as a WhatsApp user (true) or as not on WhatsApp (131026).</summary>
    public bool UnknownNumbersAreOnWhatsApp { get; set; } = true;
    /// <summary>PMP (per-message, Meta since 2025-07-01) or CBP (conversation-based).</summary>
    public string PricingModel { get; set; } = "PMP";

    // Templates.
    public int TemplateReviewDelayMs { get; set; } = 3000;
    public int MaxTemplates { get; set; } = 250;
    /// <summary>Comma-separated words that make review reject a template (reason ABUSIVE_CONTENT); empty by default.</summary>
    public string? TemplateBannedWords { get; set; }

    // Quality rating.
    /// <summary>Blocks or reports within the quality window that turn the rating YELLOW, and twice as many RED.</summary>
    public int QualityYellowAfter { get; set; } = 3;
    public double QualityWindowHours { get; set; } = 168;

    // Webhook delivery.
    /// <summary>How long a webhook the receiver did not accept is retried (Meta: 36 h in one document, 7 days in others).</summary>
    public double WebhookRetryHorizonHours { get; set; } = 36;
    public int WebhookRetryInitialDelayMs { get; set; } = 1000;
    public int WebhookTimeoutMs { get; set; } = 10_000;
    /// <summary>Share of webhooks (0..1) sent twice, as Meta does when it retries.</summary>
    public double DuplicateWebhookRate { get; set; }
    /// <summary>Share of status webhooks (0..1) held back so that a later status arrives first.</summary>
    public double OutOfOrderStatusRate { get; set; }
    /// <summary>Upper bound of updates batched into one POST (Meta: up to 1000, usually 1).</summary>
    public int MaxWebhookBatch { get; set; } = 1;
    /// <summary>Longest wait between two redeliveries of one webhook; the back-off doubles up to this.</summary>
    public int WebhookRetryMaxDelayMs { get; set; } = 900_000;
    /// <summary>Concurrent webhook POSTs (lanes); changes about one customer keep their order within a lane. Read at start.</summary>
    public int WebhookSenders { get; set; } = 16;
    /// <summary>How long a status held back by <see cref="OutOfOrderStatusRate"/> waits for a later status before it is sent anyway.</summary>
    public int OutOfOrderHoldMs { get; set; } = 2000;
    /// <summary>Deliveries kept for GET /api/webhooks/deliveries (oldest forgotten first).</summary>
    public int WebhookDeliveryLogSize { get; set; } = 1000;

    /// <summary>Seed for the random choices (failures, duplicates); null for a new one each run.</summary>
    public int? RandomSeed { get; set; }

    public SandboxOptions Clone() => (SandboxOptions)MemberwiseClone();
}

public enum MessagingLimitPolicy
{
    Portfolio,
    PerNumber,
    Seed,
}

internal sealed class SandboxOptionsValidator : IValidateOptions<SandboxOptions>
{
    public ValidateOptionsResult Validate(string? name, SandboxOptions o)
    {
        var errors = new List<string>();
        void Require(bool ok, string message) { if (!ok) errors.Add(message); }

        Require(!string.IsNullOrWhiteSpace(o.PhoneNumberId) && o.PhoneNumberId.All(char.IsAsciiDigit),
            "Sandbox:PhoneNumberId must be digits, like Meta's ids (e.g. 1550000000001).");
        Require(!string.IsNullOrWhiteSpace(o.WabaId) && o.WabaId.All(char.IsAsciiDigit),
            "Sandbox:WabaId must be digits (e.g. 1020000000000001).");
        Require(!string.IsNullOrWhiteSpace(o.DisplayPhoneNumber) && o.DisplayPhoneNumber.All(char.IsAsciiDigit),
            "Sandbox:DisplayPhoneNumber must be the number in digits with country code (e.g. 15550001234).");
        Require(!string.IsNullOrWhiteSpace(o.AppId) && o.AppId.All(char.IsAsciiDigit),
            "Sandbox:AppId must be digits, like Meta's app ids (e.g. 1230000000000001).");
        Require(!string.IsNullOrWhiteSpace(o.AccessToken), "Sandbox:AccessToken must not be empty.");
        Require(!string.IsNullOrWhiteSpace(o.AppSecret), "Sandbox:AppSecret must not be empty: webhooks are signed with it.");
        Require(o.WebhookUrl is null or "" || Uri.TryCreate(o.WebhookUrl, UriKind.Absolute, out _),
            "Sandbox:WebhookUrl must be an absolute http(s) URL such as http://localhost:5080/webhooks/whatsapp.");
        Require(o.CustomerServiceWindowHours > 0, "Sandbox:CustomerServiceWindowHours must be more than 0 (Meta: 24).");
        Require(o.ThroughputPerSecond > 0 && o.HighThroughputPerSecond > 0, "Sandbox:ThroughputPerSecond and HighThroughputPerSecond must be more than 0.");
        Require(o.ThroughputLevel is "STANDARD" or "HIGH", "Sandbox:ThroughputLevel must be STANDARD or HIGH.");
        Require(o.PairBurst > 0 && o.PairIntervalSeconds >= 0, "Sandbox:PairBurst must be more than 0 and PairIntervalSeconds 0 or more.");
        Require(o.FailureRate is >= 0 and <= 1, "Sandbox:FailureRate must be between 0 and 1.");
        Require(o.DuplicateWebhookRate is >= 0 and <= 1, "Sandbox:DuplicateWebhookRate must be between 0 and 1.");
        Require(o.OutOfOrderStatusRate is >= 0 and <= 1, "Sandbox:OutOfOrderStatusRate must be between 0 and 1.");
        Require(o.PricingModel is "PMP" or "CBP", "Sandbox:PricingModel must be PMP or CBP.");
        Require(string.IsNullOrWhiteSpace(o.MessagingLimitTiers) || Rules.MessagingTiers.Parse(o.MessagingLimitTiers) is not null,
            "Sandbox:MessagingLimitTiers must be a rising comma-separated list of positive numbers, optionally ending in 'unlimited' (e.g. 250,2000,unlimited).");
        Require(o.InitialMessagingLimit is null or > 0, "Sandbox:InitialMessagingLimit must be more than 0 when set.");
        Require(o.TierUpgradeDelayHours >= 0, "Sandbox:TierUpgradeDelayHours must be 0 or more (Meta: 6).");
        Require(o.QualityYellowAfter > 0 && o.QualityWindowHours > 0, "Sandbox:QualityYellowAfter and QualityWindowHours must be more than 0.");
        Require(o.MaxTemplates > 0, "Sandbox:MaxTemplates must be more than 0 (Meta: 250).");
        Require(o.TemplateReviewDelayMs >= 0, "Sandbox:TemplateReviewDelayMs must be 0 or more.");
        Require(o.MaxWebhookBatch is >= 1 and <= 1000, "Sandbox:MaxWebhookBatch must be between 1 and 1000.");
        Require(o.WebhookRetryInitialDelayMs > 0, "Sandbox:WebhookRetryInitialDelayMs must be more than 0 (e.g. 1000).");
        Require(o.WebhookRetryMaxDelayMs >= o.WebhookRetryInitialDelayMs,
            "Sandbox:WebhookRetryMaxDelayMs must be at least Sandbox:WebhookRetryInitialDelayMs.");
        Require(o.WebhookRetryHorizonHours > 0, "Sandbox:WebhookRetryHorizonHours must be more than 0 (Meta: 36, or 168 for 7 days).");
        Require(o.WebhookTimeoutMs > 0, "Sandbox:WebhookTimeoutMs must be more than 0 (e.g. 10000).");
        Require(o.WebhookSenders is >= 1 and <= 256, "Sandbox:WebhookSenders must be between 1 and 256 (e.g. 16).");
        Require(o.OutOfOrderHoldMs >= 0, "Sandbox:OutOfOrderHoldMs must be 0 or more.");
        Require(o.WebhookDeliveryLogSize is >= 1 and <= 1_000_000, "Sandbox:WebhookDeliveryLogSize must be between 1 and 1000000.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
