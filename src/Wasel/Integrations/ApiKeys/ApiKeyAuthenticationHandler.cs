using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Wasel.Integrations.ApiKeys;

/// <summary>
/// Authenticates "Authorization: Bearer wsl_…" against the stored hashes. The key's scopes become "scope" claims,
/// which the per-scope policies require.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyCache keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var key = header["Bearer ".Length..].Trim();
        var separator = key.IndexOf('_', 4); // the secret after it is base64url and may itself contain '_'
        if (!key.StartsWith("wsl_", StringComparison.Ordinal) || separator <= 4)
            return AuthenticateResult.Fail("The bearer token is not a Wasel API key (they start with wsl_).");

        var stored = await keys.FindAsync(key[..separator], Context.RequestAborted);
        if (stored is null || !CryptographicOperations.FixedTimeEquals(stored.Hash, CreateApiKey.HashOf(key)))
            return AuthenticateResult.Fail("Unknown API key.");
        if (stored.RevokedAt is not null) return AuthenticateResult.Fail("This API key was revoked.");
        await keys.TouchAsync(stored, Context.RequestAborted);

        var claims = new List<Claim> { new(ClaimTypes.Name, "api:" + stored.Name), new("api_key_id", stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        claims.AddRange(stored.Scopes.Select(s => new Claim(ApiScopes.ClaimType, s)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}
