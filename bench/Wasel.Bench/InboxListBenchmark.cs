extern alias WaselApp;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WaselApp::Wasel.Agents;
using WaselApp::Wasel.Platform.Data;

namespace Wasel.Bench;

/// <summary>
/// The inbox's conversation list and search on a large data set: runs the same queries the inbox page runs, for an
/// agent, a supervisor and an admin, and reports each one's latency percentiles. PostgreSQL by default (the provider
/// for a brand of this size).
/// </summary>
internal static class InboxListBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = Arguments.Int(args, "conversations", 100_000);
        var perConversation = Arguments.Int(args, "messages-per-conversation", 10);
        var iterations = Arguments.Int(args, "iterations", 200);
        var admin = Arguments.Value(args, "postgres") ?? "Host=localhost;Username=wasel;Password=wasel";
        var keep = Arguments.Value(args, "database"); // a named database is kept and reused between runs
        Console.WriteLine($"command: inbox-list --conversations {conversations} --messages-per-conversation {perConversation} --iterations {iterations}{(keep is null ? "" : " --database " + keep)}");
        Console.WriteLine($"date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, cores: {Environment.ProcessorCount}, load average at start: {WebhookIngestBenchmark.LoadAverage()}");

        var name = keep ?? "wasel_bench_inbox";
        if (keep is null) await BenchDatabase.AdminAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await BenchDatabase.AdminAsync(admin, $"SELECT 1"); // fails early when PostgreSQL is not reachable
        var exists = await BenchDatabase.AdminScalarAsync(admin, $"SELECT COUNT(*) FROM pg_database WHERE datname = '{name}'") > 0;
        if (!exists) await BenchDatabase.AdminAsync(admin, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        var options = new DbContextOptionsBuilder<PostgresWaselDb>().UseNpgsql(connection).Options;
        WaselDb Open() => new PostgresWaselDb(options);

        try
        {
            await using (var db = Open()) await db.Database.MigrateAsync();
            long existing;
            await using (var db = Open()) existing = await db.Conversations.LongCountAsync();
            if (existing < conversations)
            {
                Console.WriteLine($"writing {conversations:N0} conversations with {perConversation} messages each…");
                var clock = Stopwatch.StartNew();
                await InboxDataSet.WriteAsync(Open, new InboxDataSet.Shape(10, 60, conversations, perConversation), DateTimeOffset.UtcNow);
                await using var db = Open();
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
                Console.WriteLine($"data written in {clock.Elapsed.TotalSeconds:F0} s");
            }
            await using (var db = Open())
                Console.WriteLine($"data: {await db.Conversations.LongCountAsync():N0} conversations, {await db.Messages.LongCountAsync():N0} messages, {await db.Contacts.LongCountAsync():N0} contacts");

            var people = await PeopleAsync(Open);
            foreach (var scenario in InboxListScenarios.All(people, Open))
            {
                // Warm-up (plans cached, pages in memory), then the measured runs.
                for (var i = 0; i < 5; i++) await scenario.Run(i);
                var latencies = new List<double>(iterations);
                var rows = 0;
                for (var i = 0; i < iterations; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    rows = await scenario.Run(i);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                var s = LatencySummary.Of(latencies);
                var sorted = latencies.Order().ToArray();
                var p95 = sorted[Math.Min(sorted.Length - 1, (int)(0.95 * sorted.Length))];
                Console.WriteLine($"  {scenario.Name,-48} rows {rows,3}  p50 {s.P50,7:F1}  p95 {p95,7:F1}  p99 {s.P99,7:F1}  max {s.Max,7:F1} ms");
            }
            Console.WriteLine($"load average at end: {WebhookIngestBenchmark.LoadAverage()}");
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (keep is null) await BenchDatabase.AdminAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    /// <summary>An agent in two teams, a supervisor of one team, and an admin, as the access rule sees them.</summary>
    private static async Task<InboxListScenarios.People> PeopleAsync(Func<WaselDb> open)
    {
        await using var db = open();
        var member = await db.TeamMembers.GroupBy(m => m.AgentId).Where(g => g.Count() > 1).Select(g => g.Key).FirstAsync();
        var teams = await db.TeamMembers.Where(m => m.AgentId == member).Select(m => m.TeamId).ToListAsync();
        var agent = new Staff(member, "Agent", Roles.Agent, teams.ToHashSet());
        var supervisor = new Staff("supervisor", "Supervisor", Roles.Supervisor, new HashSet<long> { teams[0] });
        var admin = new Staff("admin", "Admin", Roles.Admin, new HashSet<long>());
        return new InboxListScenarios.People(agent, supervisor, admin);
    }
}
