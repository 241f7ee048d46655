using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Uploads;

/// <summary>A Resumable Upload session: the file announced when it was opened and the bytes received so far.</summary>
public sealed class UploadSession(string id, string? fileName, long length, string mimeType)
{
    private readonly MemoryStream received = new();

    public string Id => id;
    public string? FileName => fileName;
    public long Length => length;
    public string MimeType => mimeType;

    /// <summary>Bytes held so far: where the next data POST has to start.</summary>
    public long Offset { get { lock (received) return received.Length; } }

    public void Append(ReadOnlySpan<byte> chunk) { lock (received) received.Write(chunk); }

    public byte[] Content() { lock (received) return received.ToArray(); }
}

/// <summary>An uploaded file, found by its handle (what profile_picture_handle and template header_handle carry).</summary>
public sealed record UploadedFile(string Handle, byte[] Content, string MimeType, string? FileName);

/// <summary>Upload sessions and the files they produced, forgotten on reset.</summary>
public sealed class UploadStore
{
    private readonly ConcurrentDictionary<string, UploadSession> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UploadedFile> files = new(StringComparer.Ordinal);

    public UploadStore(SandboxState state) => state.Resetting += () =>
    {
        sessions.Clear();
        files.Clear();
    };

    public UploadSession Open(string? fileName, long length, string mimeType)
    {
        var session = new UploadSession("upload:" + RandomToken(), fileName, length, mimeType);
        sessions[session.Id] = session;
        return session;
    }

    public UploadSession? FindSession(string id) => sessions.GetValueOrDefault(id);

    /// <summary>Turns a complete session into a file handle, shaped like Meta's ("4::" + base64 MIME type + ":" + token).</summary>
    public UploadedFile Complete(UploadSession session)
    {
        var handle = $"4::{Convert.ToBase64String(Encoding.UTF8.GetBytes(session.MimeType))}:{RandomToken()}";
        var file = new UploadedFile(handle, session.Content(), session.MimeType, session.FileName);
        files[handle] = file;
        sessions.TryRemove(session.Id, out _);
        return file;
    }

    public UploadedFile? FindFile(string handle) => files.GetValueOrDefault(handle);

    private static string RandomToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
