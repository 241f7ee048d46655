namespace Wasel.WhatsApp.Webhooks;

/// <summary>A contact card the customer shared (<c>type: contacts</c>).</summary>
public sealed record SharedContact : WebhookObject
{
    /// <summary>The contact's name.</summary>
    public SharedContactName? Name { get; init; }

    /// <summary>Phone numbers; <see cref="SharedContactPhone.WaId"/> is set when the number is on WhatsApp.</summary>
    public IReadOnlyList<SharedContactPhone>? Phones { get; init; }

    /// <summary>Email addresses.</summary>
    public IReadOnlyList<SharedContactEmail>? Emails { get; init; }

    /// <summary>Web addresses.</summary>
    public IReadOnlyList<SharedContactUrl>? Urls { get; init; }

    /// <summary>Postal addresses.</summary>
    public IReadOnlyList<SharedContactAddress>? Addresses { get; init; }

    /// <summary>Employer.</summary>
    public SharedContactOrg? Org { get; init; }

    /// <summary>Birthday as sent (YYYY-MM-DD).</summary>
    public string? Birthday { get; init; }
}

/// <summary>A shared contact's name.</summary>
public sealed record SharedContactName : WebhookObject
{
    /// <summary>Full name as displayed.</summary>
    public string? FormattedName { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Middle name.</summary>
    public string? MiddleName { get; init; }

    /// <summary>Name prefix.</summary>
    public string? Prefix { get; init; }

    /// <summary>Name suffix.</summary>
    public string? Suffix { get; init; }
}

/// <summary>A shared contact's phone number.</summary>
public sealed record SharedContactPhone : WebhookObject
{
    /// <summary>The number as written on the card.</summary>
    public string? Phone { get; init; }

    /// <summary>The number's WhatsApp id, when it is on WhatsApp.</summary>
    public string? WaId { get; init; }

    /// <summary>Label such as CELL, HOME, WORK.</summary>
    public string? Type { get; init; }
}

/// <summary>A shared contact's email address.</summary>
public sealed record SharedContactEmail : WebhookObject
{
    /// <summary>The address.</summary>
    public string? Email { get; init; }

    /// <summary>Label such as HOME or WORK.</summary>
    public string? Type { get; init; }
}

/// <summary>A shared contact's web address.</summary>
public sealed record SharedContactUrl : WebhookObject
{
    /// <summary>The address.</summary>
    public string? Url { get; init; }

    /// <summary>Label such as HOME or WORK.</summary>
    public string? Type { get; init; }
}

/// <summary>A shared contact's postal address.</summary>
public sealed record SharedContactAddress : WebhookObject
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

    /// <summary>ISO country code.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Label such as HOME or WORK.</summary>
    public string? Type { get; init; }
}

/// <summary>A shared contact's employer.</summary>
public sealed record SharedContactOrg : WebhookObject
{
    /// <summary>Company.</summary>
    public string? Company { get; init; }

    /// <summary>Department.</summary>
    public string? Department { get; init; }

    /// <summary>Job title.</summary>
    public string? Title { get; init; }
}
