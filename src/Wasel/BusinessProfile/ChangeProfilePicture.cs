using Wasel.Agents;
using Wasel.Platform.Http;
using Wasel.WhatsApp;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Validation;
using Profile = Wasel.WhatsApp.BusinessProfile.BusinessProfile;

namespace Wasel.BusinessProfile;

/// <summary>A new profile picture as the admin chose it: the file's bytes, its MIME type and its name.</summary>
public sealed record ProfilePictureUpload(byte[] Content, string ContentType, string FileName);

/// <summary>
/// Makes a picture the business profile photo: checked against Meta's rules (JPEG or PNG, at most 5 MB), uploaded with
/// the Resumable Upload API, then set on the profile. Errors are keyed "photo".
/// </summary>
public sealed class ChangeProfilePicture(WhatsAppClient client, Microsoft.Extensions.Options.IOptions<WhatsAppOptions> options)
{
    public const string Field = "photo";

    public async Task<Result<Profile>> HandleAsync(Staff? staff, ProfilePictureUpload upload, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        var invalid = WhatsAppValidator.ValidateProfilePicture(upload.ContentType, upload.Content.LongLength);
        if (invalid.Count > 0) return ByField(invalid);
        if (string.IsNullOrWhiteSpace(options.Value.AppId))
            return new Dictionary<string, string[]>
            {
                [Field] = ["Uploading a photo needs the Meta app's id: set WhatsApp:AppId (environment WhatsApp__AppId) and restart."],
            };
        try
        {
            var name = string.IsNullOrWhiteSpace(upload.FileName) ? "profile-picture" : Path.GetFileName(upload.FileName);
            await client.SetProfilePictureAsync(upload.Content, upload.ContentType, name, cancellationToken);
            return await client.GetBusinessProfileAsync(cancellationToken);
        }
        catch (WhatsAppValidationException e)
        {
            return ByField(e.Errors);
        }
        catch (Exception e) when (TestWhatsAppConnection.ToFailure(e) is { } failure)
        {
            return ReadBusinessProfile.Unavailable(failure);
        }
    }

    // Every problem with the picture is shown beside the one file input.
    private static Dictionary<string, string[]> ByField(IEnumerable<ValidationError> errors) =>
        new() { [Field] = errors.Select(e => e.Message).ToArray() };
}
