namespace Wasel.Sandbox.Graph.Messages;

/// <summary>
/// The <c>to</c> of a send as Meta reads it: a phone number with optional + and formatting characters
/// (spaces, dashes, dots, parentheses), reduced to its digits for wa_id.
/// </summary>
internal static class RecipientNumber
{
    public static string? Normalise(string to)
    {
        var digits = new string(to.Where(c => !(c is '+' or '-' or '(' or ')' or ' ' or '.')).ToArray());
        return digits.Length is >= 5 and <= 15 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
