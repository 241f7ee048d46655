namespace Wasel.WhatsApp.Resilience;

/// <summary>How safe it is to repeat a request whose outcome is unknown (timeout, cut-off connection).</summary>
internal enum GraphRequestKind
{
    /// <summary>Reads, deletes, mark-as-read, profile updates: repeating has the same effect as sending once.</summary>
    Idempotent,

    /// <summary>A message send: repeating may deliver the message twice.</summary>
    Send,

    /// <summary>Uploads and template creation: repeating creates a second object or fails as a duplicate.</summary>
    NotIdempotent,
}

internal static class GraphRequestOptions
{
    public static readonly HttpRequestOptionsKey<GraphRequestKind> Kind = new("Wasel.WhatsApp.RequestKind");

    public static GraphRequestKind KindOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Kind, out var kind) ? kind : GraphRequestKind.Idempotent;
}
