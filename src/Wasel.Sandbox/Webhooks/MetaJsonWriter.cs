using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Webhooks;

/// <summary>
/// Writes JSON byte for byte as Meta signs webhook bodies: compact, pure ASCII, every non-ASCII UTF-16 code unit as
/// \uXXXX with lowercase hex (so emoji become surrogate pairs) and "/" as "\/". System.Text.Json cannot be told to
/// do this (its escapes are uppercase and it leaves "/" alone), and a receiver that re-escapes before hashing (as
/// whatsapp-api-js does) only agrees with Meta's signature when the bytes are exactly these.
/// </summary>
internal sealed class MetaJsonWriter
{
    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    private byte[] buffer;
    private int length;

    public MetaJsonWriter(int initialCapacity = 4096) => buffer = new byte[initialCapacity];

    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>The buffer itself (valid up to <see cref="Length"/>); reused by the next <see cref="Clear"/>.</summary>
    public byte[] Buffer => buffer;

    public int Length => length;

    public void Clear() => length = 0;

    public static byte[] ToBytes(JsonNode? node)
    {
        var writer = new MetaJsonWriter(512);
        writer.Write(node);
        return writer.Written.ToArray();
    }

    public void Write(JsonNode? node)
    {
        switch (node)
        {
            case null: Raw("null"u8); break;
            case JsonObject obj: WriteObject(obj); break;
            case JsonArray array: WriteArray(array); break;
            case JsonValue value: WriteValue(value); break;
        }
    }

    /// <summary>Appends ASCII that needs no escaping (property names and punctuation the caller controls).</summary>
    public void Raw(ReadOnlySpan<byte> ascii)
    {
        Ensure(ascii.Length);
        ascii.CopyTo(buffer.AsSpan(length));
        length += ascii.Length;
    }

    public void String(ReadOnlySpan<char> text)
    {
        Ensure(text.Length + 2);
        buffer[length++] = (byte)'"';
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': Raw("\\\""u8); break;
                case '\\': Raw("\\\\"u8); break;
                case '/': Raw("\\/"u8); break;
                case '\n': Raw("\\n"u8); break;
                case '\r': Raw("\\r"u8); break;
                case '\t': Raw("\\t"u8); break;
                case '\b': Raw("\\b"u8); break;
                case '\f': Raw("\\f"u8); break;
                case < ' ' or > '~': Escape(c); break;
                default:
                    Ensure(1);
                    buffer[length++] = (byte)c;
                    break;
            }
        }
        Ensure(1);
        buffer[length++] = (byte)'"';
    }

    private void WriteObject(JsonObject obj)
    {
        Raw("{"u8);
        var first = true;
        foreach (var (name, child) in obj)
        {
            if (!first) Raw(","u8);
            first = false;
            String(name);
            Raw(":"u8);
            Write(child);
        }
        Raw("}"u8);
    }

    private void WriteArray(JsonArray array)
    {
        Raw("["u8);
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0) Raw(","u8);
            Write(array[i]);
        }
        Raw("]"u8);
    }

    private void WriteValue(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String: String(value.GetValue<string>()); break;
            case JsonValueKind.True: Raw("true"u8); break;
            case JsonValueKind.False: Raw("false"u8); break;
            case JsonValueKind.Null: Raw("null"u8); break;
            case JsonValueKind.Number: Number(value); break;
            default: Raw("null"u8); break;
        }
    }

    private void Number(JsonValue value)
    {
        // Numbers are ASCII already; format without culture and without an intermediate string where possible.
        Ensure(64);
        var target = buffer.AsSpan(length);
        int written;
        var ok = value.TryGetValue<long>(out var l) ? l.TryFormat(target, out written, default, CultureInfo.InvariantCulture)
            : value.TryGetValue<int>(out var i) ? i.TryFormat(target, out written, default, CultureInfo.InvariantCulture)
            : value.TryGetValue<double>(out var d) ? d.TryFormat(target, out written, "R", CultureInfo.InvariantCulture)
            : value.TryGetValue<decimal>(out var m) ? m.TryFormat(target, out written, default, CultureInfo.InvariantCulture)
            : Fallback(value, target, out written);
        if (!ok) throw new InvalidOperationException("A number did not fit the buffer.");
        length += written;
    }

    private static bool Fallback(JsonValue value, Span<byte> target, out int written)
    {
        // JsonElement-backed numbers (parsed request bodies) keep their original text.
        var text = value.TryGetValue<JsonElement>(out var element) ? element.GetRawText() : value.ToJsonString();
        written = System.Text.Encoding.ASCII.GetBytes(text, target);
        return true;
    }

    private void Escape(char c)
    {
        Ensure(6);
        buffer[length++] = (byte)'\\';
        buffer[length++] = (byte)'u';
        buffer[length++] = HexDigits[c >> 12];
        buffer[length++] = HexDigits[(c >> 8) & 0xF];
        buffer[length++] = HexDigits[(c >> 4) & 0xF];
        buffer[length++] = HexDigits[c & 0xF];
    }

    private void Ensure(int extra)
    {
        if (length + extra <= buffer.Length) return;
        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + extra));
    }
}
