namespace Wasel.WhatsApp.Resilience;

/// <summary>
/// Runs inside the retry loop, once per attempt: it forgets the previous attempt's answer as a new attempt starts,
/// so that when the total timeout fires the client can tell "timed out while waiting to retry a rejected send"
/// (a definite failure) from "timed out while an attempt was in flight" (an ambiguous send).
/// </summary>
internal sealed class AttemptLedger : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(GraphRequestOptions.LastAnswer, null);
        return base.SendAsync(request, cancellationToken);
    }
}
