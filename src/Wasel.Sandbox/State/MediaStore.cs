using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Wasel.Sandbox.State;

/// <summary>A stored file; <see cref="Sha256"/> is the raw hash (hex in URL lookups, base64 in webhooks, as Meta writes them).</summary>
public sealed record StoredMedia(string Id, byte[] Content, string MimeType, string? FileName, byte[] Sha256, DateTimeOffset StoredAt);

/// <summary>
/// Media held by the emulated Cloud API: uploaded by the business (Graph API) or sent by a simulated customer
/// (control API). Ids are numeric strings, as Meta's are.
/// </summary>
public sealed class MediaStore
{
    private readonly ConcurrentDictionary<string, StoredMedia> media = new(StringComparer.Ordinal);
    private long nextId = 4_000_000_000_000_000;

    public MediaStore(SandboxState state) => state.Resetting += media.Clear;

    public StoredMedia Add(byte[] content, string mimeType, string? fileName, DateTimeOffset now)
    {
        var id = Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stored = new StoredMedia(id, content, mimeType, fileName, SHA256.HashData(content), now);
        media[id] = stored;
        return stored;
    }

    /// <summary>Stores media under an id chosen by the caller, e.g. to bring back media a platform already refers to.</summary>
    public StoredMedia Put(string id, byte[] content, string mimeType, string? fileName, DateTimeOffset now)
    {
        var stored = new StoredMedia(id, content, mimeType, fileName, SHA256.HashData(content), now);
        media[id] = stored;
        return stored;
    }

    public StoredMedia? Find(string id) => media.GetValueOrDefault(id);

    public bool Remove(string id) => media.TryRemove(id, out _);
}
