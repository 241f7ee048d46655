using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;
using Wasel.Messaging;
using Wasel.Platform.Data;

namespace Wasel.Demo;

/// <summary>
/// Once the server listens, prints where to go: the app, the sandbox phone, the API reference, health, the
/// database, which WhatsApp is in use, how to sign in and how to get an API key. Not printed by commands (they
/// never start the host) nor in tests (an in-memory server has no address). The demo accounts' passwords are printed
/// here, on the console of the machine that made them, the one time they exist in clear; never through the logger.
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
        {SignIn(url)}
          API key        dotnet run --project src/Wasel -- api-keys create --name NAME --scopes messages:send,conversations:read
                         (prints the key once; send it as 'Authorization: Bearer <key>')
        Press Ctrl+C to stop.


        """;

    private string SignIn(string url)
    {
        var text = new System.Text.StringBuilder();
        if (seeder.Accounts.Count > 0)
        {
            text.AppendLine($"  Sign in        {url}/account/sign-in   (demo accounts; the passwords are shown only now)");
            foreach (var account in seeder.Accounts)
                text.AppendLine($"                 {account.Role,-11} {account.Email,-22} {account.Password}   {account.Name}");
        }
        else if (seeder.HasDemoPeople)
        {
            text.AppendLine($"  Sign in        {url}/account/sign-in   as {string.Join(", ", DemoPeople.All.Select(p => p.Email))}");
            text.AppendLine("                 (passwords were shown at first start; new one: dotnet run --project src/Wasel -- agents reset-password --email E)");
        }
        else
        {
            text.AppendLine($"  Sign in        {url}/account/sign-in   with an account made by:");
            text.AppendLine("                 dotnet run --project src/Wasel -- agents create --email E --name N --role admin");
        }
        return text.ToString().TrimEnd();
    }

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
