namespace Wasel.Contacts;

public sealed record ContactDto(
    long Id,
    string WaId,
    string Phone,
    string? Name,
    string? Language,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<string> Tags,
    string Consent,
    DateTimeOffset? ConsentChangedAt,
    string? ConsentSource,
    string? Source,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public static class ContactMapping
{
    public static ContactDto ToDto(this Contact c) => new(c.Id, c.WaId, c.PhoneE164, c.Name, c.Language, c.Attributes, c.Tags,
        c.Consent.ToString().ToLowerInvariant() switch { "optedin" => "opted_in", "optedout" => "opted_out", var s => s },
        c.ConsentChangedAt, c.ConsentSource, c.Source, c.CreatedAt, c.UpdatedAt);
}
