using System.Text.RegularExpressions;

namespace Wasel.Sandbox.Graph.Templates;

/// <summary>The {{…}} placeholders of a template text.</summary>
public static partial class TemplatePlaceholders
{
    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[a-z_][a-z0-9_]*$")]
    private static partial Regex NamedParameter();

    public static IReadOnlyList<string> In(string? text) =>
        text is null ? [] : Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToList();

    public static bool IsPositional(string name) => name.Length > 0 && name.All(char.IsAsciiDigit);

    public static bool IsValidName(string name) => NamedParameter().IsMatch(name);

    /// <summary>The words of the text that are not placeholders.</summary>
    public static int FixedWords(string text) =>
        Placeholder().Replace(text, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    public static bool StartsOrEndsWithPlaceholder(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("{{", StringComparison.Ordinal) || trimmed.EndsWith("}}", StringComparison.Ordinal);
    }

    /// <summary>Two placeholders with nothing but spaces between them, e.g. {{1}} {{2}}.</summary>
    public static bool HasAdjacent(string text) => Regex.IsMatch(text, @"\}\}\s*\{\{");

    public static string Fill(string text, Func<string, string?> value) =>
        Placeholder().Replace(text, m => value(m.Groups[1].Value) ?? m.Value);
}
