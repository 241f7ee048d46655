namespace Wasel.WhatsApp.Messages;

/// <summary>One contact card of a contacts message.</summary>
public sealed record ContactCard
{
    /// <summary>The contact's name; formatted_name is required.</summary>
    public required ContactName Name { get; init; }

    /// <summary>Birthday as YYYY-MM-DD.</summary>
    public string? Birthday { get; init; }

    /// <summary>Phone numbers.</summary>
    public IReadOnlyList<ContactPhone>? Phones { get; init; }

    /// <summary>Email addresses.</summary>
    public IReadOnlyList<ContactEmail>? Emails { get; init; }

    /// <summary>Web addresses.</summary>
    public IReadOnlyList<ContactUrl>? Urls { get; init; }

    /// <summary>Postal addresses.</summary>
    public IReadOnlyList<ContactAddress>? Addresses { get; init; }

    /// <summary>Organisation.</summary>
    public ContactOrg? Org { get; init; }
}

/// <summary>A contact's name.</summary>
public sealed record ContactName
{
    /// <summary>Full name as displayed.</summary>
    public required string FormattedName { get; init; }
    /// <summary>First name.</summary>
    public string? FirstName { get; init; }
    /// <summary>Last name.</summary>
    public string? LastName { get; init; }
    /// <summary>Middle name.</summary>
    public string? MiddleName { get; init; }
    /// <summary>Name suffix.</summary>
    public string? Suffix { get; init; }
    /// <summary>Name prefix.</summary>
    public string? Prefix { get; init; }
}

/// <summary>A contact's phone number.</summary>
public sealed record ContactPhone
{
    /// <summary>The number.</summary>
    public required string Phone { get; init; }
    /// <summary>Label, e.g. Mobile, Work.</summary>
    public string? Type { get; init; }
    /// <summary>WhatsApp id, which adds a "Message" button to the card.</summary>
    public string? WaId { get; init; }
}

/// <summary>A contact's email address.</summary>
public sealed record ContactEmail
{
    /// <summary>The address.</summary>
    public required string Email { get; init; }
    /// <summary>Label, e.g. Work.</summary>
    public string? Type { get; init; }
}

/// <summary>A contact's web address.</summary>
public sealed record ContactUrl
{
    /// <summary>The URL.</summary>
    public required string Url { get; init; }
    /// <summary>Label, e.g. Company.</summary>
    public string? Type { get; init; }
}

/// <summary>A contact's postal address.</summary>
public sealed record ContactAddress
{
    /// <summary>Street.</summary>
    public string? Street { get; init; }
    /// <summary>City.</summary>
    public string? City { get; init; }
    /// <summary>State.</summary>
    public string? State { get; init; }
    /// <summary>Postal code.</summary>
    public string? Zip { get; init; }
    /// <summary>Country name.</summary>
    public string? Country { get; init; }
    /// <summary>Two-letter country code.</summary>
    public string? CountryCode { get; init; }
    /// <summary>Label, e.g. Home, Office.</summary>
    public string? Type { get; init; }
}

/// <summary>A contact's organisation.</summary>
public sealed record ContactOrg
{
    /// <summary>Company.</summary>
    public string? Company { get; init; }
    /// <summary>Department.</summary>
    public string? Department { get; init; }
    /// <summary>Job title.</summary>
    public string? Title { get; init; }
}
