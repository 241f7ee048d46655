namespace Wasel.BusinessProfile;

/// <summary>Which profile picture URLs the page may load in an &lt;img&gt;: the URL comes from the Cloud API, not from us.</summary>
public static class ProfilePictureSource
{
    /// <summary>
    /// The URL if it is https (Meta's pps.whatsapp.net) or lies under the Graph root the client talks to (the sandbox
    /// serves pictures there, possibly over plain http on a local machine); otherwise null.
    /// </summary>
    public static string? Displayable(string? url, Uri graphRoot)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme == Uri.UriSchemeHttps) return uri.AbsoluteUri;
        var root = graphRoot.AbsoluteUri.TrimEnd('/') + "/";
        return uri.Scheme == Uri.UriSchemeHttp && uri.AbsoluteUri.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? uri.AbsoluteUri : null;
    }
}
