using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Control;

/// <summary>
/// The media part of an inbound image, audio, video, document or sticker: either the id of media already in the
/// sandbox, or base64 "data" with "mime_type" that is stored now. Either way the webhook carries what Meta sends:
/// mime_type, sha256 (base64) and id, plus caption, filename, voice or animated where the kind has them.
/// </summary>
internal static class InboundMedia
{
    public static readonly string[] Kinds = ["image", "audio", "video", "document", "sticker"];

    public static JsonObject? Resolve(string kind, JsonNode? payload, MediaStore media, DateTimeOffset now, Errors errors)
    {
        if (payload is not JsonObject given)
        {
            errors.Add(kind, $"{kind} must be an object with either \"id\" (from a media upload) or base64 \"data\" and \"mime_type\".");
            return null;
        }
        var stored = Stored(kind, given, media, now, errors);
        if (stored is null) return null;

        var result = new JsonObject();
        if (kind is "image" or "video" or "document" && given.Text("caption") is { } caption) result["caption"] = caption;
        if (kind == "document") result["filename"] = given.Text("filename") ?? stored.FileName ?? "document";
        result["mime_type"] = stored.MimeType;
        result["sha256"] = Convert.ToBase64String(stored.Sha256);
        result["id"] = stored.Id;
        if (kind == "audio") result["voice"] = given["voice"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        if (kind == "sticker") result["animated"] = given["animated"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        return result;
    }

    private static StoredMedia? Stored(string kind, JsonObject given, MediaStore media, DateTimeOffset now, Errors errors)
    {
        if (given.Text("id") is { } id)
        {
            var found = media.Find(id);
            if (found is null) errors.Add($"{kind}.id", $"No media with id '{id}'. Upload it first, or send the file as base64 \"data\" with \"mime_type\".");
            return found;
        }
        if (given.Text("data") is not { } data)
        {
            errors.Add(kind, $"{kind} needs either \"id\" (from a media upload) or base64 \"data\" with \"mime_type\".");
            return null;
        }
        var mime = given.Text("mime_type");
        if (string.IsNullOrWhiteSpace(mime) || !mime.Contains('/'))
        {
            errors.Add($"{kind}.mime_type", "mime_type is required with data, e.g. image/jpeg, audio/ogg, application/pdf.");
            return null;
        }
        byte[] bytes;
        try { bytes = Convert.FromBase64String(data); }
        catch (FormatException)
        {
            errors.Add($"{kind}.data", "data must be the file's bytes in base64 (standard alphabet, with padding).");
            return null;
        }
        return media.Add(bytes, mime, given.Text("filename"), now);
    }
}
