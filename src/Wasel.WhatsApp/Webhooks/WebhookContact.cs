namespace Wasel.WhatsApp.Webhooks;

/// <summary>The sender's profile from <c>value.contacts[]</c>.</summary>
public sealed record WebhookContact : WebhookObject
{
    /// <summary>The customer's phone number; empty or missing for customers who only share a username.</summary>
    public string? WaId { get; init; }

    /// <summary>The customer's business-scoped user id (BSUID).</summary>
    public string? UserId { get; init; }

    /// <summary>The parent business-scoped user id, when the business belongs to a portfolio.</summary>
    public string? ParentUserId { get; init; }

    /// <summary>The customer's profile.</summary>
    public ContactProfile? Profile { get; init; }
}

/// <summary>The customer's public profile.</summary>
public sealed record ContactProfile : WebhookObject
{
    /// <summary>The customer's profile name.</summary>
    public string? Name { get; init; }

    /// <summary>The customer's WhatsApp username, when they set one.</summary>
    public string? Username { get; init; }
}
