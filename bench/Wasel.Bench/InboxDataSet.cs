extern alias WaselApp;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using WaselApp::Wasel.Agents;
using WaselApp::Wasel.Contacts;
using WaselApp::Wasel.Conversations;
using WaselApp::Wasel.Platform.Data;

namespace Wasel.Bench;

/// <summary>
/// A large inbox for list and search benchmarks: teams, agents, contacts with Arabic and English names, one
/// conversation each (spread over statuses, teams and assignees) and their messages over the last 90 days.
/// </summary>
internal static class InboxDataSet
{
    private static readonly string[] FirstNames = ["Ahmed", "Sara", "Omar", "Layla", "Khalid", "Noura", "John", "Maria", "أحمد", "سارة", "عمر", "ليلى", "خالد", "نورة", "فهد", "ريم"];
    private static readonly string[] LastNames = ["Al-Harbi", "Haddad", "Smith", "Garcia", "العتيبي", "الحربي", "الشمري", "القحطاني", "Nasser", "Khan"];
    private static readonly string[] Words = ["order", "delivery", "refund", "price", "size", "hello", "thanks", "invoice", "address", "tomorrow",
        "طلب", "توصيل", "استرجاع", "سعر", "مقاس", "مرحبا", "شكرا", "فاتورة", "عنوان", "بكرة", "dates", "تمر", "coffee", "قهوة", "gift", "هدية"];

    /// <summary>A word in about one message in 20,000, for the rare-term search (the other words are in a quarter of all messages each).</summary>
    public const string RareWord = "saffron";
    private const double RareWordShare = 0.00005;

    public sealed record Shape(int Teams, int Agents, int Conversations, int MessagesPerConversation);

    public static async Task<(IReadOnlyList<string> AgentIds, IReadOnlyList<long> TeamIds)> WriteAsync(Func<WaselDb> open, Shape shape, DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        var teamIds = new List<long>();
        var agentIds = new List<string>();
        await using (var db = open())
        {
            var teams = Enumerable.Range(1, shape.Teams).Select(i => new Team { Name = $"Team {i}", CreatedAt = now }).ToList();
            db.Teams.AddRange(teams);
            var agents = Enumerable.Range(1, shape.Agents).Select(i => new Agent
            {
                DisplayName = $"Agent {i}", UserName = $"agent{i}@bench.local", NormalizedUserName = $"AGENT{i}@BENCH.LOCAL",
                Email = $"agent{i}@bench.local", NormalizedEmail = $"AGENT{i}@BENCH.LOCAL", SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = now,
            }).ToList();
            db.Users.AddRange(agents);
            await db.SaveChangesAsync();
            // Each agent in one or two teams.
            foreach (var (agent, i) in agents.Select((a, i) => (a, i)))
            {
                db.TeamMembers.Add(new TeamMember { TeamId = teams[i % teams.Count].Id, AgentId = agent.Id });
                if (i % 3 == 0) db.TeamMembers.Add(new TeamMember { TeamId = teams[(i + 1) % teams.Count].Id, AgentId = agent.Id });
            }
            await db.SaveChangesAsync();
            teamIds.AddRange(teams.Select(t => t.Id));
            agentIds.AddRange(agents.Select(a => a.Id));
        }

        // The bulk is generated inside PostgreSQL (a few INSERT … SELECT over generate_series): a million rows through
        // the change tracker would take far longer than the measurement itself. Columns follow the current model.
        await using (var db = open())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.ExecuteSqlRawAsync("SELECT setseed(0.26)");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Contacts" ("WaId", "PhoneE164", "Name", "Language", "Attributes", "Tags", "Consent", "CreatedAt", "UpdatedAt")
                SELECT (966500000000 + i)::text, '+' || (966500000000 + i)::text,
                       ({0}::text[])[1 + floor(random() * cardinality({0}::text[]))::int] || ' ' || ({1}::text[])[1 + floor(random() * cardinality({1}::text[]))::int],
                       CASE WHEN random() < 0.5 THEN 'ar' ELSE 'en' END, '{{}}', '{{}}', 'Unknown', {2}, {2}
                FROM generate_series(0, {3} - 1) AS i
                """, FirstNames, LastNames, now, shape.Conversations);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Conversations" ("ContactId", "Status", "AssigneeId", "TeamId", "WindowExpiresAt", "LastMessageAt", "LastInboundAt", "CreatedAt", "UpdatedAt", "ResolvedAt", "UnreadCount")
                SELECT c."Id", s.status,
                       CASE WHEN random() < 0.33 THEN NULL ELSE ({0}::text[])[1 + floor(random() * cardinality({0}::text[]))::int] END,
                       CASE WHEN random() < 0.2 THEN NULL ELSE ({1}::bigint[])[1 + floor(random() * cardinality({1}::bigint[]))::int] END,
                       s.last + interval '24 hours', s.last, s.last, s.last - interval '2 hours', s.last,
                       CASE WHEN s.status = 'Resolved' THEN s.last END,
                       CASE WHEN s.status = 'Open' THEN floor(random() * 4)::int ELSE 0 END
                FROM "Contacts" c
                CROSS JOIN LATERAL (SELECT CASE WHEN r < 0.3 THEN 'Open' WHEN r < 0.4 THEN 'Pending' WHEN r < 0.5 THEN 'Snoozed' ELSE 'Resolved' END AS status,
                                           {2} - random() * interval '90 days' AS last
                                    FROM (SELECT random() + c."Id" * 0 AS r) x) s
                """, agentIds.ToArray(), teamIds.ToArray(), now);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Messages" ("ConversationId", "Direction", "Type", "Content", "Text", "WaMessageId", "State", "CreatedAt", "Version")
                SELECT "Id", direction, 'text', jsonb_build_object('type', 'text', 'text', jsonb_build_object('body', body)), body, wamid, state, at, 0
                FROM (SELECT v."Id", CASE WHEN m % 2 = 0 THEN 'Inbound' ELSE 'Outbound' END AS direction,
                             (SELECT string_agg(({0}::text[])[1 + floor(random() * cardinality({0}::text[]))::int], ' ') FROM generate_series(1, 3 + (random() * 9)::int + v."Id" * 0 + m * 0))
                             || CASE WHEN random() < {2} THEN ' ' || {3} ELSE '' END AS body,
                             'wamid.bench.' || v."Id" || '.' || m AS wamid,
                             CASE WHEN m % 2 = 0 THEN 'Received' ELSE 'Read' END AS state,
                             v."LastMessageAt" - ({1} - m) * interval '1 minute' AS at
                      FROM "Conversations" v CROSS JOIN generate_series(0, {1} - 1) AS m) generated
                """, Words, shape.MessagesPerConversation, RareWordShare, RareWord);
        }
        Console.WriteLine($"  wrote {shape.Conversations:N0} conversations in {clock.Elapsed.TotalSeconds:F0} s");
        return (agentIds, teamIds);
    }

}
