namespace Wasel.WhatsApp.PhoneNumbers;

/// <summary>
/// The business phone number's fields (GET /{phone-number-id}). Values are kept as Meta's strings because Meta adds
/// new ones over time; the documented values are listed on each member.
/// </summary>
public sealed record PhoneNumberInfo
{
    /// <summary>The phone number id.</summary>
    public required string Id { get; init; }

    /// <summary>The number as displayed, e.g. "+1 555-078-3881".</summary>
    public string? DisplayPhoneNumber { get; init; }

    /// <summary>The approved display name.</summary>
    public string? VerifiedName { get; init; }

    /// <summary>GREEN, YELLOW, RED, NA or UNKNOWN.</summary>
    public string? QualityRating { get; init; }

    /// <summary>TIER_50, TIER_250, TIER_1K, TIER_10K, TIER_100K, TIER_UNLIMITED (deprecated: v24+ returns the portfolio limit).</summary>
    public string? MessagingLimitTier { get; init; }

    /// <summary>v24+: the business portfolio's limit, e.g. TIER_250, TIER_2K.</summary>
    public string? WhatsappBusinessManagerMessagingLimit { get; init; }

    /// <summary>Throughput level.</summary>
    public PhoneNumberThroughput? Throughput { get; init; }

    /// <summary>VERIFIED or UNVERIFIED.</summary>
    public string? CodeVerificationStatus { get; init; }

    /// <summary>APPROVED, AVAILABLE_WITHOUT_REVIEW, DECLINED, EXPIRED, PENDING_REVIEW or NONE.</summary>
    public string? NameStatus { get; init; }

    /// <summary>e.g. CLOUD_API.</summary>
    public string? PlatformType { get; init; }

    /// <summary>e.g. CONNECTED.</summary>
    public string? Status { get; init; }
}

/// <summary>The throughput object of a phone number.</summary>
public sealed record PhoneNumberThroughput
{
    /// <summary>STANDARD (80 msg/s), HIGH (1,000 msg/s) or NOT_APPLICABLE.</summary>
    public string? Level { get; init; }
}

/// <summary>Field names for <see cref="WhatsAppClient.GetPhoneNumberAsync"/>.</summary>
public static class PhoneNumberFields
{
    /// <summary>Every field of <see cref="PhoneNumberInfo"/>.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "id", "display_phone_number", "verified_name", "quality_rating", "messaging_limit_tier",
        "whatsapp_business_manager_messaging_limit", "throughput", "code_verification_status", "name_status",
        "platform_type", "status",
    ];
}
