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
    IOptions<DemoOptions> options,
    WhatsAppConnection connection,
    DemoSandbox sandbox,
    TimeProvider time,
    ILogger<DemoSeeder> log) : IHostedService
{
    /// <summary>What happened at start, in words for the start-up message.</summary>
    public string Outcome { get; private set; } = "not run";

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

        Outcome = await SeedIfEmptyAsync(db, cancellationToken)
            ? $"Nakhla (dates & coffee): {DemoContacts.All.Length} contacts, {DemoConversations.All.Count} conversations, seeded now"
            : "not seeded: the database already has contacts";
        await sandbox.RegisterCustomersAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> SeedIfEmptyAsync(WaselDb db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Contacts.AnyAsync(cancellationToken)) return false;

        var demo = new DemoBuilder(time.GetUtcNow(), sandbox.BusinessNumber).Build(DemoContacts.All, DemoConversations.All);
        db.Contacts.AddRange(demo.Contacts);
        db.Conversations.AddRange(demo.Conversations);
        db.Messages.AddRange(demo.Messages);
        db.ConversationEvents.AddRange(demo.Events);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
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

    private async Task<bool> OtherInstanceSeededAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Contacts.AnyAsync(cancellationToken);
    }
}
