using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wasel.Platform.Data;

/// <summary>
/// SQLite's flush-to-disk setting is per connection. Every connection starts at FULL: a commit is on disk before it
/// returns, which is what lets an endpoint acknowledge only what is stored. Background workers whose writes can be
/// redone (processing a stored webhook, recording a send's answer) relax their own connection to NORMAL: in WAL mode
/// a commit then survives a crash of the app and is only at risk if the machine itself loses power, in which case the
/// work is found undone and done again. That removes a disk flush from every step of the processing.
/// </summary>
internal sealed class SqliteFullSyncInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SetFull(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetFull(connection);
        return Task.CompletedTask;
    }

    private static void SetFull(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL;";
        command.ExecuteNonQuery();
    }
}

public static class SqliteDurability
{
    /// <summary>For work that is redone if lost: keeps this context's connection open with SQLite's synchronous=NORMAL.</summary>
    public static async Task UseRedoableWritesAsync(this WaselDb db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancellationToken);
    }
}
