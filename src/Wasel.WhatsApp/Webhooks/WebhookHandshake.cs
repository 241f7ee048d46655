using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// Meta's webhook verification handshake: a GET with hub.mode, hub.verify_token and hub.challenge that must be
/// answered with the challenge as the body when the token is the one configured in the App Dashboard.
/// </summary>
public static class WebhookHandshake
{
    /// <summary>Query parameter holding the mode; Meta always sends <c>subscribe</c>.</summary>
    public const string ModeParameter = "hub.mode";

    /// <summary>Query parameter holding the token typed into the App Dashboard.</summary>
    public const string VerifyTokenParameter = "hub.verify_token";

    /// <summary>Query parameter holding the value to echo back.</summary>
    public const string ChallengeParameter = "hub.challenge";

    /// <summary>Checks a handshake request and returns the challenge to echo, or why it was refused.</summary>
    /// <param name="mode">The hub.mode value.</param>
    /// <param name="verifyToken">The hub.verify_token value.</param>
    /// <param name="challenge">The hub.challenge value.</param>
    /// <param name="expectedToken">The verify token configured for this platform (<see cref="WhatsAppOptions.VerifyToken"/>).</param>
    public static HandshakeResult Verify(string? mode, string? verifyToken, string? challenge, string? expectedToken)
    {
        // An empty configured token would otherwise accept any request that also omits the token.
        if (string.IsNullOrEmpty(expectedToken))
            return HandshakeResult.Rejected(HandshakeRejection.NoTokenConfigured);
        if (!string.Equals(mode, "subscribe", StringComparison.Ordinal))
            return HandshakeResult.Rejected(HandshakeRejection.WrongMode);
        if (verifyToken is null || !TokensMatch(verifyToken, expectedToken))
            return HandshakeResult.Rejected(HandshakeRejection.TokenMismatch);
        if (string.IsNullOrEmpty(challenge))
            return HandshakeResult.Rejected(HandshakeRejection.MissingChallenge);
        return HandshakeResult.Accepted(challenge);
    }

    /// <summary>Checks a handshake from the request's query string.</summary>
    /// <param name="query">The GET request's query.</param>
    /// <param name="expectedToken">The verify token configured for this platform.</param>
    public static HandshakeResult Verify(IQueryCollection query, string? expectedToken) =>
        Verify(query[ModeParameter], query[VerifyTokenParameter], query[ChallengeParameter], expectedToken);

    // Hashing first makes both sides the same length, so the comparison does not reveal the token's length either.
    private static bool TokensMatch(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

/// <summary>Why a verification handshake was refused.</summary>
public enum HandshakeRejection
{
    /// <summary>hub.mode was not <c>subscribe</c>.</summary>
    WrongMode,

    /// <summary>hub.verify_token was missing or differs from the configured token.</summary>
    TokenMismatch,

    /// <summary>hub.challenge was missing or empty, so there is nothing to echo.</summary>
    MissingChallenge,

    /// <summary>No verify token is configured on this side, so no request can be trusted.</summary>
    NoTokenConfigured,
}

/// <summary>The outcome of <see cref="WebhookHandshake.Verify(string?, string?, string?, string?)"/>.</summary>
public sealed record HandshakeResult
{
    /// <summary>The challenge to send back as the 200 response body; null when rejected.</summary>
    public string? Challenge { get; private init; }

    /// <summary>Why the request was refused; null when accepted.</summary>
    public HandshakeRejection? Rejection { get; private init; }

    /// <summary>True when the challenge should be echoed.</summary>
    public bool IsAccepted => Rejection is null;

    /// <summary>A sentence for logs explaining the outcome.</summary>
    public string Reason => Rejection switch
    {
        null => "Verified: echo the challenge.",
        HandshakeRejection.WrongMode => "hub.mode must be 'subscribe'.",
        HandshakeRejection.TokenMismatch => "hub.verify_token does not match the configured verify token.",
        HandshakeRejection.MissingChallenge => "hub.challenge is missing.",
        HandshakeRejection.NoTokenConfigured => "No verify token is configured (WhatsApp:VerifyToken).",
        _ => Rejection.Value.ToString(),
    };

    internal static HandshakeResult Accepted(string challenge) => new() { Challenge = challenge };

    internal static HandshakeResult Rejected(HandshakeRejection rejection) => new() { Rejection = rejection };
}
