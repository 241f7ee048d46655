using Wasel.WhatsApp.BusinessProfile;

namespace Wasel.WhatsApp.Validation;

public static partial class WhatsAppValidator
{
    /// <summary>Validates a business profile change (CLOUD-API §7).</summary>
    public static IReadOnlyList<ValidationError> Validate(BusinessProfileUpdate update)
    {
        var errors = new ValidationErrors();
        if (update.About is not null)
            errors.RequiredMaxLength("about", update.About, 139, "The About text");
        errors.MaxLength("address", update.Address, 256, "The address");
        errors.MaxLength("description", update.Description, 512, "The description");
        errors.MaxLength("email", update.Email, 128, "The email");
        if (!string.IsNullOrEmpty(update.Email) && !LooksLikeEmail(update.Email))
            errors.Add("email", $"\"{update.Email}\" is not an email address; use the form name@example.com.");

        var websites = update.Websites ?? [];
        if (websites.Count > 2)
            errors.Add("websites", $"A profile can list at most 2 websites; remove {websites.Count - 2}.");
        for (var i = 0; i < websites.Count; i++)
        {
            errors.RequiredMaxLength($"websites[{i}]", websites[i], 256, "The website");
            if (!Uri.TryCreate(websites[i], UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                errors.Add($"websites[{i}]", "A website must be an absolute URL starting with http:// or https://.");
        }

        return errors;
    }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Contains(' ');
    }
}
