using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wasel.Platform.Data;

namespace Wasel.Agents.Teams;

public sealed record TeamRow(long Id, string Name, IReadOnlyList<string> MemberIds);

/// <summary>Team names: 1 to 64 characters, unique.</summary>
internal static class TeamRules
{
    public const int MaxName = 64;

    public static async Task<Dictionary<string, string[]>> ValidateNameAsync(WaselDb db, IStringLocalizer<AgentsText> text, string? name, long? exceptId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxName)
            errors["name"] = [text["ErrorTeamName", MaxName]];
        else if (await db.Teams.AnyAsync(t => t.Name == trimmed && t.Id != exceptId, cancellationToken))
            errors["name"] = [text["ErrorTeamNameTaken", trimmed]];
        return errors;
    }
}
