using System.Collections.Frozen;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Wasel.Sandbox.Phone;

/// <summary>
/// The phone page: a static page from embedded resources under Phone/wwwroot. It is served at {prefix}/phone/ (with a
/// redirect from {prefix}/phone) so that its relative URLs — app.js, ../api/… — work under any prefix.
/// </summary>
internal static class PhoneFeature
{
    private const string ResourcePrefix = "Wasel.Sandbox.Phone.wwwroot.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    }.ToFrozenDictionary();

    /// <summary>File name (e.g. "app.js") → bytes, read once.</summary>
    internal static readonly FrozenDictionary<string, byte[]> Files = LoadFiles();

    public static RouteGroupBuilder MapPhone(this IEndpointRouteBuilder app, string prefix)
    {
        var phone = app.MapGroup(prefix);
        phone.MapGet("", Results<RedirectHttpResult, FileContentHttpResult> (HttpContext context) =>
            // Routing matches "/phone" and "/phone/" alike; only the second resolves relative URLs inside the page.
            context.Request.Path.Value?.EndsWith('/') == true
                ? Serve("index.html")!
                : TypedResults.Redirect($"{context.Request.PathBase}{context.Request.Path}/{context.Request.QueryString}"));
        phone.MapGet("/{file}", Results<FileContentHttpResult, NotFound> (string file) =>
            Serve(file) is { } found ? found : TypedResults.NotFound());
        return phone;
    }

    private static FileContentHttpResult? Serve(string file)
    {
        if (!Files.TryGetValue(file, out var content)) return null;
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        return TypedResults.File(content, type);
    }

    private static FrozenDictionary<string, byte[]> LoadFiles()
    {
        var assembly = typeof(PhoneFeature).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToFrozenDictionary(name => name[ResourcePrefix.Length..], name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return buffer.ToArray();
            }, StringComparer.Ordinal);
    }
}
