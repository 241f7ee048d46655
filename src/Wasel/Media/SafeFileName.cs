using System.Text;

namespace Wasel.Media;

/// <summary>
/// A sender's file name made safe to show and to offer in Content-Disposition: no directories, no control or
/// markup characters, bounded length, and the extension that matches the stored MIME type.
/// </summary>
public static class SafeFileName
{
    private const int MaxStemLength = 100;

    public static string? Clean(string? given, string mimeType)
    {
        if (string.IsNullOrWhiteSpace(given)) return null;
        var name = given.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var stem = Path.GetFileNameWithoutExtension(name);
        var cleaned = new StringBuilder(stem.Length);
        foreach (var c in stem)
            cleaned.Append(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '(' or ')' or '.' ? c : '_');
        var result = cleaned.ToString().Trim(' ', '.');
        if (result.Length > MaxStemLength) result = result[..MaxStemLength];
        return result.Length == 0 ? null : result + MediaStorage.ExtensionFor(mimeType);
    }

    /// <summary>The name to download a file by: the cleaned sender's name, else "{kind}-{id}.{ext}".</summary>
    public static string ForDownload(MediaFile file, string kind) =>
        file.FileName ?? $"{kind}-{file.Id}{MediaStorage.ExtensionFor(file.MimeType)}";
}
