namespace Wasel.WhatsApp.BusinessProfile;

/// <summary>The business profile customers see in WhatsApp.</summary>
public sealed record BusinessProfile
{
    /// <summary>The "About" text, up to 139 characters.</summary>
    public string? About { get; init; }

    /// <summary>Address, up to 256 characters.</summary>
    public string? Address { get; init; }

    /// <summary>Description, up to 512 characters.</summary>
    public string? Description { get; init; }

    /// <summary>Contact email, up to 128 characters.</summary>
    public string? Email { get; init; }

    /// <summary>URL of the current profile picture.</summary>
    public string? ProfilePictureUrl { get; init; }

    /// <summary>Up to two websites.</summary>
    public IReadOnlyList<string>? Websites { get; init; }

    /// <summary>Industry.</summary>
    public BusinessVertical? Vertical { get; init; }
}

/// <summary>
/// A change to the business profile: members left null are not changed. Websites replace the current list.
/// </summary>
public sealed record BusinessProfileUpdate
{
    /// <summary>Always "whatsapp".</summary>
    public string MessagingProduct => "whatsapp";

    /// <summary>The "About" text, 1–139 characters.</summary>
    public string? About { get; init; }

    /// <summary>Address, up to 256 characters.</summary>
    public string? Address { get; init; }

    /// <summary>Description, up to 512 characters.</summary>
    public string? Description { get; init; }

    /// <summary>Contact email, up to 128 characters.</summary>
    public string? Email { get; init; }

    /// <summary>A Resumable Upload handle of the new profile picture.</summary>
    public string? ProfilePictureHandle { get; init; }

    /// <summary>Up to two http(s) URLs, each up to 256 characters.</summary>
    public IReadOnlyList<string>? Websites { get; init; }

    /// <summary>Industry.</summary>
    public BusinessVertical? Vertical { get; init; }
}

/// <summary>The wire shape of the profile GET: {"data":[profile]}.</summary>
internal sealed record BusinessProfileEnvelope
{
    public IReadOnlyList<BusinessProfile>? Data { get; init; }
}
