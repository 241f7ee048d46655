namespace Wasel.Bench;

internal static class Arguments
{
    public static int Int(string[] args, string name, int fallback)
    {
        var value = Value(args, name);
        if (value is null) return fallback;
        if (int.TryParse(value, out var parsed) && parsed > 0) return parsed;
        throw new ArgumentException($"--{name} must be a positive whole number, got '{value}'.");
    }

    public static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
