using System.Collections.Concurrent;

namespace Wasel.Contract.Tests.Infrastructure;

/// <summary>One request that reached the sandbox's Graph API.</summary>
public sealed record GraphRequestSeen(string Method, string Path);

/// <summary>
/// Every request that reached the sandbox's Graph API, recorded before the sandbox's own filters (faults, token), so
/// that a test counts the client's attempts exactly as they arrived.
/// </summary>
public sealed class GraphRequestLog
{
    private readonly ConcurrentQueue<GraphRequestSeen> seen = new();

    public IReadOnlyList<GraphRequestSeen> All => seen.ToArray();

    /// <summary>Requests whose path ends with <paramref name="suffix"/> (e.g. "/messages"), any method unless given.</summary>
    public int Count(string suffix, string? method = null) =>
        seen.Count(r => r.Path.EndsWith(suffix, StringComparison.Ordinal) && (method is null || r.Method == method));

    /// <summary>Runs after each Graph request is recorded and before the sandbox handles it (method, path).</summary>
    public Action<string, string>? OnRequest { get; set; }

    internal void Record(string method, string path)
    {
        if (!path.StartsWith("/graph/", StringComparison.Ordinal)) return;
        seen.Enqueue(new GraphRequestSeen(method, path));
        OnRequest?.Invoke(method, path);
    }
}
