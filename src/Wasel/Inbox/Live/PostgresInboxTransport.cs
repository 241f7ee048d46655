using Microsoft.Extensions.Options;
using Npgsql;

namespace Wasel.Inbox.Live;

/// <summary>
/// Sends a node's inbox changes and presence notes to the other nodes with <c>pg_notify</c> on
/// <see cref="LiveOptions.Channel"/>; <see cref="PostgresInboxListener"/> receives them there. NOTIFY goes through the
/// database the nodes already share, so several instances need nothing more than PostgreSQL.
/// </summary>
public sealed class PostgresInboxTransport(PostgresLiveConnection connection, IOptions<LiveOptions> options) : IInboxTransport
{
    public async Task SendAsync(InboxBroadcast broadcast, CancellationToken cancellationToken)
    {
        var payloads = LivePayload.Encode(connection.Node, broadcast).ToList();
        if (payloads.Count == 0) return;
        await using var command = connection.Source.CreateBatch();
        foreach (var payload in payloads)
            command.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, $2)")
            {
                Parameters = { new NpgsqlParameter { Value = options.Value.Channel }, new NpgsqlParameter { Value = payload } },
            });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>The live updates' own small pool on the application database, and this node's id in payloads.</summary>
public sealed class PostgresLiveConnection : IAsyncDisposable
{
    /// <summary>Tells this node's own notifications (which it also receives) from the others'.</summary>
    public string Node { get; } = Guid.NewGuid().ToString("N");

    public PostgresLiveConnection(IConfiguration configuration)
    {
        var builder = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Wasel"))
        {
            // The listening connection sits idle for long; keepalives let a dead one be noticed and replaced.
            KeepAlive = 15,
            MaxPoolSize = 4,
            ApplicationName = "wasel-live",
        };
        Source = NpgsqlDataSource.Create(builder);
    }

    public NpgsqlDataSource Source { get; }

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
