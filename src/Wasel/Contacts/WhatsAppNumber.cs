using PhoneNumbers;

namespace Wasel.Contacts;

/// <summary>A phone number as WhatsApp identifies it: E.164 ("+966501234567") and wa_id (the same digits, no '+').</summary>
public sealed record WhatsAppNumber(string WaId, string E164)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Parses a number written with or without '+', spaces, dashes or brackets. Numbers without a country code are
    /// read as international (WhatsApp ids always carry one). Returns null and a reason when it is not a valid number.
    /// </summary>
    public static WhatsAppNumber? TryParse(string? input, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = "Give the number with its country code, e.g. 966501234567 or +966 50 123 4567.";
            return null;
        }
        var text = input.Trim();
        if (!text.StartsWith('+')) text = "+" + text;
        try
        {
            var number = Util.Parse(text, null);
            if (!Util.IsValidNumber(number))
            {
                error = $"'{input}' is not a valid phone number for its country code; check the digits and the country code.";
                return null;
            }
            var e164 = Util.Format(number, PhoneNumberFormat.E164);
            return new WhatsAppNumber(e164[1..], e164);
        }
        catch (NumberParseException)
        {
            error = $"'{input}' is not a phone number; write it with its country code, e.g. 966501234567.";
            return null;
        }
    }
}
