using Wasel.WhatsApp.Media;
using Wasel.WhatsApp.Messages;

namespace Wasel.WhatsApp.Validation;

public static partial class WhatsAppValidator
{
    /// <summary>
    /// Validates a file before upload: its MIME type must be one WhatsApp takes (for <paramref name="kind"/>, when
    /// given) and its size within that kind's maximum.
    /// </summary>
    public static IReadOnlyList<ValidationError> ValidateUpload(string mimeType, long length, MediaKind? kind = null)
    {
        var errors = new ValidationErrors();
        var detected = MediaLimits.KindOf(mimeType ?? "");
        if (detected is null)
        {
            errors.Add("type", $"WhatsApp does not accept \"{mimeType}\"; use one of: "
                + string.Join(", ", MediaLimits.MimeTypes.SelectMany(k => k.Value)) + ".");
            return errors;
        }

        var effective = kind ?? detected.Value;
        if (kind is { } wanted && !MediaLimits.MimeTypes[wanted].Contains(MediaLimits.BareMimeType(mimeType!)))
            errors.Add("type", $"\"{mimeType}\" cannot be sent as {wanted.ToString().ToLowerInvariant()}; use one of: "
                + string.Join(", ", MediaLimits.MimeTypes[wanted]) + ".");
        if (length <= 0)
            errors.Add("file", "The file is empty.");
        else if (length > MediaLimits.MaxBytes[effective])
            errors.Add("file", $"The file is {length:N0} bytes; {effective.ToString().ToLowerInvariant()} files may be at most "
                + $"{MediaLimits.MaxBytes[effective]:N0} bytes. Compress it or send it as a document.");
        return errors;
    }

    private static void CheckMedia(string path, MediaContent media, ValidationErrors errors)
    {
        CheckMediaSource(path, media, errors);
        errors.MaxLength($"{path}.caption", media.Caption, MaxCaption, "The caption");
        if (media.Caption is not null && path is MessageTypes.Audio or MessageTypes.Sticker)
            errors.Add($"{path}.caption", $"A {path} cannot have a caption; remove it or send the text separately.");
        if (media.Filename is not null && path != MessageTypes.Document)
            errors.Add($"{path}.filename", "Only documents have a file name; remove it.");
        if (media.Voice is not null && path != MessageTypes.Audio)
            errors.Add($"{path}.voice", "Only audio can be a voice note; remove voice.");
    }

    /// <summary>Exactly one of id/link, and a link must be https.</summary>
    private static void CheckMediaSource(string path, MediaContent media, ValidationErrors errors)
    {
        var hasId = !string.IsNullOrWhiteSpace(media.Id);
        var hasLink = !string.IsNullOrWhiteSpace(media.Link);
        if (hasId == hasLink)
            errors.Add(path, hasId
                ? "Set either id (uploaded media) or link, not both."
                : "Set the media's id (from an upload) or its https link.");
        if (hasLink)
            errors.HttpsUrl($"{path}.link", media.Link, "The media link");
    }
}
