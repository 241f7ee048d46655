using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wasel.Messaging;
using Wasel.Platform.Data;

namespace Wasel.Demo;

/// <summary>
/// On first start (no contacts yet) writes the demo brand in one transaction; on every start shows the demo
/// contacts to the in-memory sandbox, so that the phone page can continue their conversations.
/// Nothing is seeded against Meta: demo numbers could belong to real people.
/// </summary>
internal sealed class DemoSeeder(
    IDbContextFactory<WaselDb> dbFactory,
    IServiceScopeFactory scopes,
    IOptions<DemoOptions> options,
    WhatsAppConnection connection,
    DemoSandbox sandbox,
    TimeProvider time,
    ILogger<DemoSeeder> log) : IHostedService
{
    /// <summary>What happened at start, in words for the start-up message.</summary>
    public string Outcome { get; private set; } = "not run";

    /// <summary>The demo accounts made at this start, with their passwords: for the start-up message only.</summary>
    public IReadOnlyList<DemoAccount> Accounts { get; private set; } = [];

    /// <summary>Whether the demo accounts exist (made now or at an earlier start).</summary>
    public bool HasDemoPeople { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            Outcome = "off (Demo:Seed=false)";
            return;
        }
        if (!connection.UsesSandbox)
        {
            Outcome = "not seeded: connected to Meta";
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            Outcome = "not seeded: the database has pending migrations";
            log.LogWarning("Demo data not seeded: the database is not migrated (Database:MigrateOnStartup is off?)");
            return;
        }

        Outcome = await SeedIfEmptyAsync(cancellationToken)
            ? $"Nakhla (dates & coffee): {DemoContacts.All.Length} contacts, {DemoConversations.All.Count} conversations, seeded now"
            : "not seeded: the database already has contacts";
        var demoEmails = DemoPeople.All.Select(p => p.Email.ToUpperInvariant()).ToList();
        HasDemoPeople = await db.Users.AnyAsync(u => demoEmails.Contains(u.NormalizedEmail!), cancellationToken);
        await sandbox.RegisterCustomersAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        // One scope, so that Identity's UserManager writes the accounts on the same context and in the same transaction.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaselDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Contacts.AnyAsync(cancellationToken)) return false;

        var now = time.GetUtcNow();
        var (teams, agentIds, accounts) = await DemoPeople.CreateAsync(scope.ServiceProvider, db, now, cancellationToken);
        var demo = new DemoBuilder(now, sandbox.BusinessNumber).Build(DemoContacts.All, DemoConversations.All);
        GiveToPeople(demo, teams, agentIds);
        db.Contacts.AddRange(demo.Contacts);
        db.Conversations.AddRange(demo.Conversations);
        db.Messages.AddRange(demo.Messages);
        db.ConversationEvents.AddRange(demo.Events);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Accounts = accounts;
        }
        catch (DbUpdateException)
        {
            // Two instances started together on one database: the first one's contacts won the unique index.
            if (!await OtherInstanceSeededAsync(cancellationToken)) throw;
            db.ChangeTracker.Clear();
            return false;
        }
        log.LogInformation("Demo brand seeded: {Contacts} contacts, {Conversations} conversations, {Messages} messages",
            demo.Contacts.Count, demo.Conversations.Count, demo.Messages.Count);
        return true;
    }

    /// <summary>The script names its agents ("sara"); the rows carry the accounts' ids and the conversations' teams.</summary>
    private static void GiveToPeople(DemoBuilder demo, Dictionary<string, long> teams, Dictionary<string, string> agentIds)
    {
        string? IdOf(string? key) => key is not null && agentIds.TryGetValue(key, out var id) ? id : key;
        for (var i = 0; i < demo.Conversations.Count; i++)
        {
            var conversation = demo.Conversations[i];
            conversation.AssigneeId = IdOf(conversation.AssigneeId);
            conversation.TeamId = DemoPeople.TeamOf(DemoConversations.All[i]) is { } team ? teams[team] : null;
        }
        foreach (var message in demo.Messages) message.AuthorId = IdOf(message.AuthorId);
        foreach (var change in demo.Events)
        {
            change.ActorId = IdOf(change.ActorId);
            if (change is { Kind: "assigned", Data: { } data } && System.Text.Json.Nodes.JsonNode.Parse(data) is System.Text.Json.Nodes.JsonObject details)
            {
                details["assignee"] = IdOf(details["assignee"]?.GetValue<string>());
                change.Data = details.ToJsonString();
            }
        }
    }

    private async Task<bool> OtherInstanceSeededAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Contacts.AnyAsync(cancellationToken);
    }
}
