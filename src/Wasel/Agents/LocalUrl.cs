namespace Wasel.Agents;

/// <summary>Where to send someone back to after signing in or switching language: only a path on this site.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "/";
        url = url.Trim();
        // Another host in any spelling a browser accepts: a scheme, protocol-relative "//", backslashes, control characters.
        if (url.Contains(':', StringComparison.Ordinal) || url.Contains('\\', StringComparison.Ordinal)
            || url.StartsWith("//", StringComparison.Ordinal) || url.Any(char.IsControl))
            return "/";
        // Blazor's redirect to sign-in gives a base-relative path ("admin/agents").
        return url.StartsWith('/') ? url : "/" + url;
    }
}
