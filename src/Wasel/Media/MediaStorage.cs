using Microsoft.Extensions.Options;

namespace Wasel.Media;

/// <summary>
/// Files under Media:Folder. Names are made here from a random id and an extension looked up from the MIME type,
/// so nothing a customer or caller sends (file names, MIME parameters) can steer where a file lands.
/// </summary>
public sealed class MediaStorage(IOptions<MediaOptions> options, IHostEnvironment environment, TimeProvider time)
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpeg"] = ".jpg", ["image/png"] = ".png", ["image/webp"] = ".webp",
        ["audio/aac"] = ".aac", ["audio/amr"] = ".amr", ["audio/mpeg"] = ".mp3", ["audio/mp4"] = ".m4a", ["audio/ogg"] = ".ogg",
        ["video/mp4"] = ".mp4", ["video/3gpp"] = ".3gp",
        ["text/plain"] = ".txt", ["application/pdf"] = ".pdf",
        ["application/msword"] = ".doc", ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
        ["application/vnd.ms-excel"] = ".xls", ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = ".xlsx",
        ["application/vnd.ms-powerpoint"] = ".ppt", ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = ".pptx",
    };

    public string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Folder));

    /// <summary>The extension for a MIME type WhatsApp allows, ".bin" for anything else.</summary>
    public static string ExtensionFor(string mimeType) =>
        Extensions.TryGetValue(BareMimeType(mimeType), out var extension) ? extension : ".bin";

    public static string BareMimeType(string mimeType) => mimeType.Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>Writes the bytes to a new file (via a temporary name, so a crash leaves no half file); returns its relative path.</summary>
    public async Task<string> SaveAsync(byte[] content, string mimeType, CancellationToken cancellationToken)
    {
        var month = time.GetUtcNow().ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var relative = Path.Combine(month, Guid.NewGuid().ToString("N") + ExtensionFor(mimeType));
        var full = FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".part";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, full, overwrite: true);
        return relative.Replace('\\', '/');
    }

    public Stream? Open(string relativePath)
    {
        var full = FullPath(relativePath);
        return File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true) : null;
    }

    public void Delete(string relativePath)
    {
        var full = FullPath(relativePath);
        if (File.Exists(full)) File.Delete(full);
    }

    private string FullPath(string relativePath)
    {
        var root = Root;
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        // Paths are made above, but a row edited by hand must still not reach outside the folder.
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Media path '{relativePath}' is outside {root}.");
        return full;
    }
}
