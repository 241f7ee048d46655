using Wasel.WhatsApp.Media;

namespace Wasel.WhatsApp.Validation;

public static partial class WhatsAppValidator
{
    /// <summary>The largest profile picture Meta takes (5 MB), as for any image.</summary>
    public const long MaxProfilePictureBytes = 5 * 1024 * 1024;

    /// <summary>The picture types Meta takes for a business profile.</summary>
    public static readonly IReadOnlyList<string> ProfilePictureTypes = ["image/jpeg", "image/png"];

    /// <summary>Validates a profile picture before it is uploaded: a JPEG or PNG file of at most 5 MB.</summary>
    public static IReadOnlyList<ValidationError> ValidateProfilePicture(string mimeType, long length)
    {
        var errors = new ValidationErrors();
        if (!ProfilePictureTypes.Contains(MediaLimits.BareMimeType(mimeType ?? "")))
            errors.Add("type", $"A profile picture must be a JPEG or PNG image, not \"{mimeType}\".");
        if (length <= 0)
            errors.Add("file", "The file is empty.");
        else if (length > MaxProfilePictureBytes)
            errors.Add("file", $"The picture is {length:N0} bytes; a profile picture may be at most {MaxProfilePictureBytes:N0} bytes (5 MB). Make it smaller.");
        return errors;
    }
}
