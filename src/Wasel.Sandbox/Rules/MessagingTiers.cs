using System.Globalization;

namespace Wasel.Sandbox.Rules;

/// <summary>The tier ladders of the three messaging-limit policies; null is the unlimited tier.</summary>
public static class MessagingTiers
{
    public static IReadOnlyList<int?> For(SandboxOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.MessagingLimitTiers)) return Parse(settings.MessagingLimitTiers)!;
        return settings.MessagingLimitPolicy switch
        {
            // Meta since 2025-10-07: one limit for the business portfolio.
            MessagingLimitPolicy.Portfolio => [250, 2_000, 10_000, 100_000, null],
            // Meta before 2025-10-07: per phone number.
            MessagingLimitPolicy.PerNumber => [250, 1_000, 10_000, 100_000, null],
            // The seed article's rule.
            _ => [1_000, 10_000, 100_000],
        };
    }

    /// <summary>"2,4,8" or "2,4,unlimited"; null when it is not a rising list of positive numbers.</summary>
    public static IReadOnlyList<int?>? Parse(string text)
    {
        var tiers = new List<int?>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals("unlimited", StringComparison.OrdinalIgnoreCase)) tiers.Add(null);
            else if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) tiers.Add(n);
            else return null;
        }
        for (var i = 1; i < tiers.Count; i++)
            if (tiers[i - 1] is null || (tiers[i] is { } next && next <= tiers[i - 1])) return null;
        return tiers.Count == 0 ? null : tiers;
    }

    /// <summary>Meta's tier names: TIER_250, TIER_2K, TIER_10K, TIER_100K, TIER_UNLIMITED.</summary>
    public static string Name(int? limit) => limit switch
    {
        null => "TIER_UNLIMITED",
        >= 1000 when limit % 1000 == 0 => $"TIER_{limit / 1000}K",
        _ => $"TIER_{limit}",
    };
}
