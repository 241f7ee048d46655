using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wasel.Platform.Data;

namespace Wasel.Agents.Admin;

/// <summary>What an admin sets on an agent, when inviting or editing them.</summary>
public sealed record AgentInput(
    string Name,
    string Email,
    string Role,
    IReadOnlyList<long> TeamIds,
    IReadOnlyList<string> Languages,
    int? ConcurrencyCap);

/// <summary>Validation shared by <see cref="InviteAgent"/> and <see cref="UpdateAgent"/>; keys are the fields' names.</summary>
internal static class AgentInputRules
{
    public const int MaxCap = 100;

    public static async Task<Dictionary<string, string[]>> ValidateAsync(WaselDb db, IStringLocalizer<AgentsText> text, AgentInput input, bool checkEmail, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 128)
            errors["name"] = [text["ErrorName"]];
        if (checkEmail && (string.IsNullOrWhiteSpace(input.Email) || input.Email.Length > 256 || !new EmailAddressAttribute().IsValid(input.Email.Trim())))
            errors["email"] = [text["ErrorEmail"]];
        if (!Roles.All.Contains(input.Role))
            errors["role"] = [text["ErrorRole", input.Role, string.Join(", ", Roles.All)]];
        if (input.ConcurrencyCap is < 1 or > MaxCap)
            errors["concurrencyCap"] = [text["ErrorCap", MaxCap]];
        if (NormalizeLanguages(input.Languages).FirstOrDefault(l => l.Length != 2 || !l.All(char.IsAsciiLetterLower)) is { } language)
            errors["languages"] = [text["ErrorLanguages", language]];
        var teamIds = input.TeamIds.Distinct().ToList();
        if (teamIds.Count > 0 && await db.Teams.CountAsync(t => teamIds.Contains(t.Id), cancellationToken) != teamIds.Count)
            errors["teams"] = [text["ErrorTeamGone"]];
        return errors;
    }

    public static List<string> NormalizeLanguages(IEnumerable<string> languages) =>
        languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
}
