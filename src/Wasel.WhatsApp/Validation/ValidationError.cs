namespace Wasel.WhatsApp.Validation;

/// <summary>One broken rule: <see cref="Field"/> is a JSON-path-like name such as interactive.action.buttons[3].</summary>
public sealed record ValidationError(string Field, string Message);

/// <summary>Collects errors while a validator walks a request.</summary>
internal sealed class ValidationErrors : List<ValidationError>
{
    public void Add(string field, string message) => Add(new ValidationError(field, message));

    public void Required(string field, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(field, $"{what} is required.");
    }

    public void MaxLength(string field, string? value, int max, string what)
    {
        // Meta counts characters as the user sees them; UTF-16 length over-counts emoji, which errs on the safe side.
        if (value is not null && value.Length > max)
            Add(field, $"{what} is {value.Length} characters; shorten it to at most {max}.");
    }

    public void RequiredMaxLength(string field, string? value, int max, string what)
    {
        Required(field, value, what);
        MaxLength(field, value, max, what);
    }

    public void HttpsUrl(string field, string? value, string what)
    {
        if (value is null)
            return;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            Add(field, $"{what} must be an absolute https:// URL.");
    }
}
