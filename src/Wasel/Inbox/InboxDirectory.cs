using Microsoft.EntityFrameworkCore;
using Wasel.Agents;
using Wasel.Platform.Data;

namespace Wasel.Inbox;

public sealed record Person(string Id, string DisplayName);

public sealed record TeamName(long Id, string Name);

/// <summary>The pick lists of the inbox: active agents, teams, labels and canned responses.</summary>
public sealed class InboxDirectory(IDbContextFactory<WaselDb> dbFactory)
{
    public async Task<IReadOnlyList<Person>> AgentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(a => !a.Disabled).OrderBy(a => a.DisplayName)
            .Select(a => new Person(a.Id, a.DisplayName)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TeamName>> TeamsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new TeamName(t.Id, t.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Label>> LabelsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Labels.AsNoTracking().OrderBy(l => l.Name).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CannedResponse>> CannedResponsesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CannedResponses.AsNoTracking().OrderBy(c => c.Shortcut).ToListAsync(cancellationToken);
    }
}
