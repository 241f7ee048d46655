using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Agents.Teams;

public sealed record TeamRow(long Id, string Name, IReadOnlyList<string> MemberIds);

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

/// <summary>Teams with their members, for the admin pages. Admins only.</summary>
public sealed class ListTeams(IDbContextFactory<WaselDb> dbFactory)
{
    public async Task<Result<List<TeamRow>>> HandleAsync(Staff caller, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name, Members = t.Members.Select(m => m.AgentId).ToList() })
            .ToListAsync(cancellationToken);
        return teams.Select(t => new TeamRow(t.Id, t.Name, t.Members)).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
    }
}

public sealed class CreateTeam(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, IStringLocalizer<AgentsText> text)
{
    public async Task<Result<TeamRow>> HandleAsync(Staff caller, string name, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = await TeamRules.ValidateNameAsync(db, text, name, null, cancellationToken);
        if (errors.Count > 0) return errors;
        var team = new Team { Name = name.Trim(), CreatedAt = time.GetUtcNow() };
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return new TeamRow(team.Id, team.Name, []);
    }
}

public sealed class RenameTeam(IDbContextFactory<WaselDb> dbFactory, IStringLocalizer<AgentsText> text)
{
    public async Task<Result<long>> HandleAsync(Staff caller, long teamId, string name, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Teams.FindAsync([teamId], cancellationToken) is not { } team) return Problem.NotFound("Team", $"No team has the id {teamId}.");
        var errors = await TeamRules.ValidateNameAsync(db, text, name, teamId, cancellationToken);
        if (errors.Count > 0) return errors;
        team.Name = name.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return team.Id;
    }
}

/// <summary>Deletes a team: its memberships go with it and its conversations return to the general queue.</summary>
public sealed class DeleteTeam(IDbContextFactory<WaselDb> dbFactory)
{
    public async Task<Result<long>> HandleAsync(Staff caller, long teamId, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Explicit rather than left to the foreign key: SQLite enforces ON DELETE SET NULL only with foreign keys on.
        await db.Conversations.Where(c => c.TeamId == teamId).ExecuteUpdateAsync(s => s.SetProperty(c => c.TeamId, (long?)null), cancellationToken);
        await db.TeamMembers.Where(m => m.TeamId == teamId).ExecuteDeleteAsync(cancellationToken);
        if (await db.Teams.Where(t => t.Id == teamId).ExecuteDeleteAsync(cancellationToken) == 0)
            return Problem.NotFound("Team", $"No team has the id {teamId}.");
        await transaction.CommitAsync(cancellationToken);
        return teamId;
    }
}

/// <summary>Sets who is in a team (agents may be in several teams).</summary>
public sealed class SetTeamMembers(IDbContextFactory<WaselDb> dbFactory, IStringLocalizer<AgentsText> text)
{
    public async Task<Result<long>> HandleAsync(Staff caller, long teamId, IReadOnlyCollection<string> agentIds, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuse(caller) is { } refused) return refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken)) return Problem.NotFound("Team", $"No team has the id {teamId}.");
        var wanted = agentIds.ToHashSet();
        if (await db.Users.CountAsync(u => wanted.Contains(u.Id), cancellationToken) != wanted.Count)
            return new Dictionary<string, string[]> { ["members"] = [text["ErrorAgentGone"]] };
        var existing = await db.TeamMembers.Where(m => m.TeamId == teamId).ToListAsync(cancellationToken);
        db.TeamMembers.RemoveRange(existing.Where(m => !wanted.Contains(m.AgentId)));
        db.TeamMembers.AddRange(wanted.Where(a => existing.All(m => m.AgentId != a)).Select(a => new TeamMember { TeamId = teamId, AgentId = a }));
        await db.SaveChangesAsync(cancellationToken);
        return teamId;
    }
}
