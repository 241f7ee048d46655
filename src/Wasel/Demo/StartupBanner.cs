using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;
using Wasel.Messaging;
using Wasel.Platform.Data;

namespace Wasel.Demo;

/// <summary>
/// Once the server listens, prints where to go: the app, the sandbox phone, the API reference, health, the
/// database, which WhatsApp is in use and how to get an API key. Not printed by commands (they never start the
/// host) nor in tests (an in-memory server has no address).
/// </summary>
internal sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    IConfiguration configuration,
    IOptions<DatabaseOptions> database,
    WhatsAppConnection connection,
    DemoSeeder seeder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            if (SelfAddress.Of(server) is not { } self) return;
            // One write, so that log lines from other threads cannot land inside the block.
            Console.Out.Write(Text(self.ToString().TrimEnd('/')));
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public string Text(string url) => $"""

        Wasel is running.
          App            {url}/
          Phone          {url}/sandbox/phone   (chat with the business as a simulated customer)
          API reference  {url}/api/reference
          Health         {url}/health/ready
          Database       {DatabaseDescription()}
          WhatsApp       {WhatsAppDescription()}
          Demo data      {seeder.Outcome}
          API key        dotnet run --project src/Wasel -- api-keys create --name NAME --scopes messages:send,conversations:read
                         (prints the key once; send it as 'Authorization: Bearer <key>')
        Press Ctrl+C to stop.


        """;

    private string DatabaseDescription()
    {
        var connectionString = configuration.GetConnectionString("Wasel");
        if (database.Value.Provider == DatabaseProvider.Postgres)
        {
            var postgres = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL, database '{postgres.Database}' on {postgres.Host}:{postgres.Port}";
        }
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString ?? DatabaseOptions.DefaultSqlite).DataSource;
        return $"SQLite, {Path.GetFullPath(file)}";
    }

    private string WhatsAppDescription() => connection.UsesSandbox
        ? "built-in sandbox (set WhatsApp:AccessToken and WhatsApp:PhoneNumberId to use Meta's Cloud API)"
        : $"Meta's Cloud API, phone number id {connection.PhoneNumberId}";
}
