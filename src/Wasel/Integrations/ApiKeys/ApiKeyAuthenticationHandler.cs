using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wasel.Platform.Data;

namespace Wasel.Integrations.ApiKeys;

/// <summary>
/// Authenticates "Authorization: Bearer wsl_…" against the stored hashes. The key's scopes become "scope" claims,
/// which the per-scope policies require.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<WaselDb> dbFactory,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    // Writing LastUsedAt on every request would turn each read into a write; once a minute is enough to show use.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    // When it is due, every request in flight with the key would see it due and write it, all at once, competing with
    // the send queue for SQLite's one writer; on this node only the first of them does (keyed by the key's random prefix).
    private static readonly ConcurrentDictionary<string, DateTimeOffset> LastUsedWritten = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var key = header["Bearer ".Length..].Trim();
        var separator = key.IndexOf('_', 4); // the secret after it is base64url and may itself contain '_'
        if (!key.StartsWith("wsl_", StringComparison.Ordinal) || separator <= 4)
            return AuthenticateResult.Fail("The bearer token is not a Wasel API key (they start with wsl_).");

        var prefix = key[..separator];
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var stored = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (stored is null || !CryptographicOperations.FixedTimeEquals(stored.Hash, CreateApiKey.HashOf(key)))
            return AuthenticateResult.Fail("Unknown API key.");
        if (stored.RevokedAt is not null) return AuthenticateResult.Fail("This API key was revoked.");

        var now = time.GetUtcNow();
        if ((stored.LastUsedAt is null || now - stored.LastUsedAt > LastUsedResolution) && TakeLastUsedWrite(prefix, now))
            await db.ApiKeys.Where(k => k.Id == stored.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);

        var claims = new List<Claim> { new(ClaimTypes.Name, "api:" + stored.Name), new("api_key_id", stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        claims.AddRange(stored.Scopes.Select(s => new Claim(ApiScopes.ClaimType, s)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    private static bool TakeLastUsedWrite(string prefix, DateTimeOffset now)
    {
        var previous = LastUsedWritten.GetOrAdd(prefix, DateTimeOffset.MinValue);
        return now - previous > LastUsedResolution && LastUsedWritten.TryUpdate(prefix, now, previous);
    }
}
