using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Contacts;

/// <summary>Fields to set; a null field is left as it is. Tags and attributes replace the stored ones when given.</summary>
public sealed record UpsertContactRequest(
    string? Name = null,
    string? Language = null,
    Dictionary<string, string>? Attributes = null,
    List<string>? Tags = null,
    string? Source = null);

public sealed record UpsertContactResult(ContactDto Contact, bool Created);

/// <summary>Creates or updates the contact with this WhatsApp number.</summary>
public sealed class UpsertContact(WaselDb db, TimeProvider time)
{
    public const int MaxAttributes = 100;
    public const int MaxTags = 50;

    public async Task<Result<UpsertContactResult>> HandleAsync(string number, UpsertContactRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var parsed = WhatsAppNumber.TryParse(number, out var numberError);
        if (parsed is null) errors["wa_id"] = [numberError!];
        Validate(request, errors);
        if (errors.Count > 0) return errors;

        var now = time.GetUtcNow();
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.WaId == parsed!.WaId, cancellationToken);
        var created = contact is null;
        if (contact is null)
        {
            contact = new Contact { WaId = parsed!.WaId, PhoneE164 = parsed.E164, CreatedAt = now, Source = request.Source ?? "api" };
            db.Contacts.Add(contact);
        }
        if (request.Name is not null) contact.Name = request.Name.Trim();
        if (request.Language is not null) contact.Language = request.Language.Trim().ToLowerInvariant();
        if (request.Attributes is not null) contact.Attributes = new(request.Attributes);
        if (request.Tags is not null) contact.Tags = request.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        if (request.Source is not null && !created) contact.Source = request.Source;
        contact.UpdatedAt = now;

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (created)
        {
            // Someone created the same number between our read and write: the unique index decided; update theirs.
            db.ChangeTracker.Clear();
            return await HandleAsync(number, request, cancellationToken);
        }
        return new UpsertContactResult(contact.ToDto(), created);
    }

    private static void Validate(UpsertContactRequest r, Dictionary<string, string[]> errors)
    {
        if (r.Name is { Length: > 256 }) errors["name"] = ["Keep the name to 256 characters or fewer."];
        if (r.Language is not null && (r.Language.Trim().Length is < 2 or > 16))
            errors["language"] = ["Give a language code such as 'ar', 'en' or 'ar-SA'."];
        if (r.Attributes is { Count: > MaxAttributes }) errors["attributes"] = [$"At most {MaxAttributes} attributes per contact."];
        else if (r.Attributes?.FirstOrDefault(a => string.IsNullOrWhiteSpace(a.Key) || a.Key.Length > 64 || a.Value is null || a.Value.Length > 1024) is { Key: not null } bad)
            errors[$"attributes.{bad.Key}"] = ["Attribute names are 1–64 characters and values at most 1,024 characters (not null)."];
        if (r.Tags is { Count: > MaxTags }) errors["tags"] = [$"At most {MaxTags} tags per contact."];
        else if (r.Tags?.Any(t => t is null || t.Length > 64) == true) errors["tags"] = ["Each tag is a text of at most 64 characters."];
        if (r.Source is { Length: > 128 }) errors["source"] = ["Keep the source to 128 characters or fewer."];
    }
}
