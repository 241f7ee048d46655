using Microsoft.EntityFrameworkCore;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Agents.Teams;

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
