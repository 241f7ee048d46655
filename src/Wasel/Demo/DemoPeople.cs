using Microsoft.AspNetCore.Identity;
using Wasel.Agents;
using Wasel.Agents.Admin;
using Wasel.Conversations;
using Wasel.Platform.Data;

namespace Wasel.Demo;

/// <summary>A demo account as written here; <see cref="Key"/> is the name the conversation script uses for them.</summary>
public sealed record DemoPerson(string Key, string Name, string Email, string Role, string[] Teams, string UiLanguage, string[] Languages, int? Cap);

/// <summary>A demo account made at this start, with the generated password the start-up message shows.</summary>
public sealed record DemoAccount(string Name, string Email, string Role, string Password);

/// <summary>
/// The demo brand's staff: an admin, a supervisor and three agents in two teams, in Arabic and English. Each gets a
/// random password at seeding (printed once by the start-up message, never logged). Conversations are given to teams
/// so that the access rule shows: an agent sees their teams' queues and what is assigned to them.
/// </summary>
public static class DemoPeople
{
    public const string Sales = "Sales";
    public const string Support = "Support";
    public const string Domain = "nakhla.example";

    public static readonly DemoPerson[] All =
    [
        new("huda", "هدى الحربي", $"huda@{Domain}", Roles.Admin, [], "ar", ["ar", "en"], null),
        new("daniel", "Daniel Reed", $"daniel@{Domain}", Roles.Supervisor, [Support], "en", ["en"], null),
        new("sara", "سارة العتيبي", $"sara@{Domain}", Roles.Agent, [Support], "ar", ["ar"], 6),
        new("omar", "عمر فاروق", $"omar@{Domain}", Roles.Agent, [Sales], "ar", ["ar", "en"], 8),
        new("james", "James Carter", $"james@{Domain}", Roles.Agent, [Support, Sales], "en", ["en"], 6),
    ];

    /// <summary>Which team's queue a demo conversation is in; null for the number's general queue.</summary>
    public static string? TeamOf(DemoConversation conversation) => conversation switch
    {
        { Assignee: "omar" } => Sales,
        { Assignee: "sara", Status: ConversationStatus.Open } => Sales, // Sara (Support) sees it because it is hers
        { Assignee: "sara" or "james" } => Support,
        { WaId: "966558702231" or "447723604158" } => Sales, // ad leads waiting in the Sales queue
        _ => null,
    };

    /// <summary>Creates the teams and accounts on <paramref name="db"/> (the scope's, inside the caller's transaction).</summary>
    public static async Task<(Dictionary<string, long> Teams, Dictionary<string, string> AgentIds, List<DemoAccount> Accounts)> CreateAsync(
        IServiceProvider scoped, WaselDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var teams = new[] { Sales, Support }.Select(name => new Team { Name = name, CreatedAt = now }).ToList();
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync(cancellationToken);

        var users = scoped.GetRequiredService<UserManager<Agent>>();
        var roles = scoped.GetRequiredService<RoleManager<IdentityRole>>();
        var agentIds = new Dictionary<string, string>();
        var accounts = new List<DemoAccount>();
        foreach (var person in All)
        {
            var agent = new Agent
            {
                UserName = person.Email,
                Email = person.Email,
                EmailConfirmed = true,
                DisplayName = person.Name,
                UiLanguage = person.UiLanguage,
                Languages = [.. person.Languages],
                ConcurrencyCap = person.Cap,
                CreatedAt = now,
            };
            var password = GeneratedPassword.Create();
            AgentRoles.Check(await users.CreateAsync(agent, password));
            await AgentRoles.SetAsync(users, roles, agent, person.Role);
            db.TeamMembers.AddRange(person.Teams.Select(t => new TeamMember { TeamId = teams.Single(x => x.Name == t).Id, AgentId = agent.Id }));
            agentIds[person.Key] = agent.Id;
            accounts.Add(new DemoAccount(person.Name, person.Email, person.Role, password));
        }
        await db.SaveChangesAsync(cancellationToken);
        return (teams.ToDictionary(t => t.Name, t => t.Id), agentIds, accounts);
    }
}
