using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Integrations.ApiKeys;

/// <summary>An API key as lists show it: never the secret, only its public prefix.</summary>
public sealed record ApiKeyRow(long Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>All API keys, newest first, revoked ones included. Admins only.</summary>
public sealed class ListApiKeys(IDbContextFactory<WaselDb> dbFactory)
{
    public async Task<Result<List<ApiKeyRow>>> HandleAsync(Staff caller, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(cancellationToken);
        return keys.Select(k => new ApiKeyRow(k.Id, k.Name, k.Prefix, k.Scopes, k.CreatedAt, k.LastUsedAt, k.RevokedAt)).ToList();
    }
}

/// <summary>Revokes a key: requests carrying it are refused from now on. Admins only.</summary>
public sealed class RevokeApiKey(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, ApiKeyCache keys)
{
    public async Task<Result<long>> HandleAsync(Staff caller, long keyId, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var changed = await db.ApiKeys.Where(k => k.Id == keyId && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), cancellationToken);
        keys.Forget();
        if (changed == 0 && !await db.ApiKeys.AnyAsync(k => k.Id == keyId, cancellationToken))
            return Problem.NotFound("API key", $"No API key has the id {keyId}.");
        return keyId;
    }
}
