using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Wasel.Platform.Data;

/// <summary>
/// A transaction for a hot write path. On PostgreSQL an ordinary transaction. On SQLite, which has one writer at a
/// time, the write lock is taken up front (BEGIN IMMEDIATE), asked for every millisecond until it is free: the
/// alternatives wait far longer between attempts (Microsoft.Data.Sqlite sleeps 150 ms; SQLite's busy_timeout backs
/// off to 100 ms), and every such wait is added to the latency of everything the transaction carries. EF's own
/// transactions are turned off on the context meanwhile, so SaveChanges and ExecuteUpdate run inside this one.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    private readonly WaselDb db;
    private readonly IDbContextTransaction? postgres;
    private readonly sqlite3? sqlite;
    private bool finished;

    private WriteTransaction(WaselDb db, IDbContextTransaction? postgres, sqlite3? sqlite)
    {
        this.db = db;
        this.postgres = postgres;
        this.sqlite = sqlite;
    }

    public static async Task<WriteTransaction> BeginAsync(WaselDb db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return new WriteTransaction(db, await db.Database.BeginTransactionAsync(cancellationToken), null);

        await db.Database.OpenConnectionAsync(cancellationToken);
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        var started = Stopwatch.GetTimestamp();
        int rc;
        while ((rc = raw.sqlite3_exec(handle, "BEGIN IMMEDIATE")) == raw.SQLITE_BUSY && Stopwatch.GetElapsedTime(started) < GiveUpAfter)
            await Task.Delay(1, cancellationToken);
        Check(handle, rc);
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        return new WriteTransaction(db, null, handle);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        finished = true;
        if (postgres is not null)
        {
            await postgres.CommitAsync(cancellationToken);
            return;
        }
        try
        {
            Check(sqlite!, raw.sqlite3_exec(sqlite, "COMMIT"));
        }
        finally
        {
            RollBackSqlite();
        }
    }

    /// <summary>Rolls back unless committed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
            return;
        }
        if (!finished) RollBackSqlite();
    }

    private void RollBackSqlite()
    {
        // Still inside the transaction only when it was not committed (or COMMIT failed).
        if (raw.sqlite3_get_autocommit(sqlite) == 0) raw.sqlite3_exec(sqlite, "ROLLBACK");
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), rc);
    }
}
