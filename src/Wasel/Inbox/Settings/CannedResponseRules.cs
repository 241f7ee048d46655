using Microsoft.Extensions.Localization;

namespace Wasel.Inbox.Settings;

public sealed record CannedResponseRequest(string Shortcut, string Text, string? Language);

/// <summary>What a canned response must be: a shortcut of letters, digits, '-' and '_', a text of at most 4,096
/// characters (WhatsApp's limit for a text message), and a language of en, ar or any (null).</summary>
public static class CannedResponseRules
{
    public const int MaxShortcut = 32;
    public const int MaxText = 4096;
    public static readonly IReadOnlyList<string> Languages = ["en", "ar"];

    /// <summary>Shortcuts are kept in lower case so that "/Thanks" and "/thanks" find the same response.</summary>
    public static string Normalize(string shortcut) => shortcut.Trim().ToLowerInvariant();

    public static Dictionary<string, string[]> Validate(CannedResponseRequest r, IStringLocalizer text)
    {
        var errors = new Dictionary<string, string[]>();
        var shortcut = Normalize(r.Shortcut ?? "");
        if (shortcut.Length == 0 || shortcut.Length > MaxShortcut || !shortcut.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'))
            errors["shortcut"] = [text["ShortcutInvalid", MaxShortcut]];
        if (string.IsNullOrWhiteSpace(r.Text)) errors["text"] = [text["TextRequired"]];
        else if (r.Text.Length > MaxText) errors["text"] = [text["TextTooLong", r.Text.Length, MaxText]];
        if (r.Language is not null && !Languages.Contains(r.Language)) errors["language"] = [text["LanguageInvalid"]];
        return errors;
    }
}
