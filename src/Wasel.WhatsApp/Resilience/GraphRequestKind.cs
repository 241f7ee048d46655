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

/// <summary>An error answer Meta gave to one attempt, kept so that it can be reported if the retries run out of time.</summary>
internal sealed record GraphAnswer(int Status, string? Reason, string Body);

internal static class GraphRequestOptions
{
    public static readonly HttpRequestOptionsKey<GraphRequestKind> Kind = new("Wasel.WhatsApp.RequestKind");

    /// <summary>The error answer to the latest attempt; null while an attempt is in flight or when it failed without an answer.</summary>
    public static readonly HttpRequestOptionsKey<GraphAnswer?> LastAnswer = new("Wasel.WhatsApp.LastAnswer");

    public static GraphAnswer? LastAnswerOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(LastAnswer, out var answer) ? answer : null;

    public static GraphRequestKind KindOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Kind, out var kind) ? kind : GraphRequestKind.Idempotent;
}
