namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// The phone number's messaging limit or throughput changed (<c>phone_number_quality_update</c>). Current payloads
/// use ONBOARDING/THROUGHPUT_UPGRADE and <see cref="MaxDailyConversationsPerBusiness"/>; older ones
/// FLAGGED/UNFLAGGED/UPGRADE/DOWNGRADE with <see cref="CurrentLimit"/>.
/// </summary>
public sealed record PhoneNumberQualityUpdate : WebhookEvent
{
    /// <summary>ONBOARDING, THROUGHPUT_UPGRADE, or older FLAGGED, UNFLAGGED, UPGRADE, DOWNGRADE.</summary>
    public string Event { get; init; } = "";

    /// <summary>The limit tier now, e.g. TIER_1K (older payloads).</summary>
    public string? CurrentLimit { get; init; }

    /// <summary>The limit tier before (older payloads).</summary>
    public string? OldLimit { get; init; }

    /// <summary>The portfolio's messaging limit tier, e.g. TIER_2K.</summary>
    public string? MaxDailyConversationsPerBusiness { get; init; }

    /// <summary>The number's own limit tier, sent by some API versions.</summary>
    public string? MaxDailyConversationPerPhone { get; init; }
}

/// <summary>
/// Something changed on the WhatsApp Business Account (<c>account_update</c>): restriction, violation, ban,
/// verification, partner sharing…
/// </summary>
public sealed record AccountUpdate : WebhookEvent
{
    /// <summary>ACCOUNT_RESTRICTION, ACCOUNT_VIOLATION, DISABLED_UPDATE, VERIFIED_ACCOUNT, PARTNER_ADDED…</summary>
    public string Event { get; init; } = "";

    /// <summary>The phone number concerned, when the event is about one.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>What is restricted and until when.</summary>
    public IReadOnlyList<AccountRestriction>? RestrictionInfo { get; init; }

    /// <summary>The policy the account violated.</summary>
    public AccountViolation? ViolationInfo { get; init; }

    /// <summary>The account's ban state.</summary>
    public AccountBan? BanInfo { get; init; }
}

/// <summary>One restriction on the account.</summary>
public sealed record AccountRestriction : WebhookObject
{
    /// <summary>E.g. RESTRICTED_BIZ_INITIATED_MESSAGING, RESTRICTED_CUSTOMER_INITIATED_MESSAGING.</summary>
    public string? RestrictionType { get; init; }

    /// <summary>When the restriction ends.</summary>
    public DateTimeOffset? Expiration { get; init; }
}

/// <summary>A policy violation.</summary>
public sealed record AccountViolation : WebhookObject
{
    /// <summary>E.g. ADULT, SCAM, ALCOHOL.</summary>
    public string? ViolationType { get; init; }
}

/// <summary>The account's ban state.</summary>
public sealed record AccountBan : WebhookObject
{
    /// <summary>E.g. DISABLE, REINSTATE, SCHEDULE_FOR_DISABLE.</summary>
    public string? WabaBanState { get; init; }

    /// <summary>The date as Meta writes it.</summary>
    public string? WabaBanDate { get; init; }
}
