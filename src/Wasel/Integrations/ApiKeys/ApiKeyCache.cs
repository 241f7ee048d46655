using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;

namespace Wasel.Integrations.ApiKeys;

/// <summary>
/// The API keys this node has looked up lately, by prefix, so that a client sending hundreds of requests a second
/// costs one query every few seconds instead of one per request. A key revoked on this node stops working at once
/// (the revocation drops it here); on another node, within <see cref="Freshness"/>.
/// </summary>
public sealed class ApiKeyCache(IDbContextFactory<WaselDb> dbFactory, TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    // Writing LastUsedAt on every request would turn each read into a write; once a minute is enough to show use.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private sealed record Entry(ApiKey? Key, DateTimeOffset LoadedAt);

    private readonly ConcurrentDictionary<string, Entry> keys = new(StringComparer.Ordinal);

    // When it is due, every request in flight with the key would see it due and write it, all at once, competing with
    // the send queue for SQLite's one writer; on this node only the first of them does.
    private readonly ConcurrentDictionary<string, DateTimeOffset> lastUsedWritten = new(StringComparer.Ordinal);

    /// <summary>The stored key with this prefix (null if none), at most <see cref="Freshness"/> old.</summary>
    public async Task<ApiKey?> FindAsync(string prefix, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (keys.TryGetValue(prefix, out var cached) && now - cached.LoadedAt < Freshness) return cached.Key;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        // Unknown prefixes are not remembered: a client guessing them would only fill the memory.
        if (stored is null) keys.TryRemove(prefix, out _);
        else keys[prefix] = new Entry(stored, now);
        return stored;
    }

    /// <summary>Notes a use of the key, written at most once a minute per node.</summary>
    public async Task TouchAsync(ApiKey key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var previous = lastUsedWritten.GetOrAdd(key.Prefix, key.LastUsedAt ?? DateTimeOffset.MinValue);
        if (now - previous <= LastUsedResolution || !lastUsedWritten.TryUpdate(key.Prefix, now, previous)) return;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
    }

    /// <summary>Drops every remembered key, so that a revocation on this node applies to the next request.</summary>
    public void Forget() => keys.Clear();
}
