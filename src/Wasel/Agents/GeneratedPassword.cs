using System.Security.Cryptography;

namespace Wasel.Agents;

/// <summary>
/// Passwords Wasel makes for new accounts: 16 characters in four groups from an alphabet without look-alikes
/// (no 0/O, 1/l/I), with upper case, lower case and a digit so that Identity's rules accept it (~90 bits).
/// </summary>
public static class GeneratedPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Alphabet = Upper + Lower + Digits;

    public static string Create()
    {
        while (true)
        {
            var chars = new char[19];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = i % 5 == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            var password = new string(chars);
            if (password.Any(Upper.Contains) && password.Any(Lower.Contains) && password.Any(Digits.Contains)) return password;
        }
    }
}
