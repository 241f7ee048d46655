using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Messaging;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Messaging;

/// <summary>Processed webhooks and unclaimed early statuses are deleted once past their retention; nothing else is.</summary>
public class WebhookRetentionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Workers off, so that the rows below stay exactly as written.
    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Messaging:ProcessWebhooks"] = "false",
        ["Messaging:DispatchMessages"] = "false",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Processed_webhooks_and_early_statuses_older_than_the_retention_are_deleted_and_the_rest_kept(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider, Quiet);
        var now = app.Time.GetUtcNow();
        var old = now - TimeSpan.FromDays(8);
        var recent = now - TimeSpan.FromDays(6);
        await using (var db = await NewDbAsync(app))
        {
            // More than one delete's worth, so that the deletes go on until none is left.
            db.InboundWebhooks.AddRange(Enumerable.Range(0, 2_100).Select(i => Webhook($"old-{i}", old, processed: true)));
            db.InboundWebhooks.Add(Webhook("recent", recent, processed: true));
            db.InboundWebhooks.Add(Webhook("old-never-processed", old, processed: false));
            db.EarlyStatuses.Add(new EarlyStatus { WaMessageId = "wamid.old", Status = "{}", ReceivedAt = old });
            db.EarlyStatuses.Add(new EarlyStatus { WaMessageId = "wamid.recent", Status = "{}", ReceivedAt = recent });
            await db.SaveChangesAsync(Ct);
        }

        var deleted = await app.Services.GetRequiredService<WebhookRetention>().DeleteExpiredAsync(Ct);

        Assert.Equal((2_100, 1), deleted);
        await using (var db = await NewDbAsync(app))
        {
            Assert.Equal(["old-never-processed", "recent"], (await db.InboundWebhooks.Select(w => w.Payload).ToListAsync(Ct)).Order());
            Assert.Equal(["wamid.recent"], await db.EarlyStatuses.Select(s => s.WaMessageId).ToListAsync(Ct));
        }
    }

    [Fact]
    public async Task A_retention_of_zero_keeps_everything()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite, new(Quiet) { ["Messaging:WebhookRetention"] = "00:00:00" });
        var long_ago = app.Time.GetUtcNow() - TimeSpan.FromDays(400);
        await using (var db = await NewDbAsync(app))
        {
            db.InboundWebhooks.Add(Webhook("ancient", long_ago, processed: true));
            db.EarlyStatuses.Add(new EarlyStatus { WaMessageId = "wamid.ancient", Status = "{}", ReceivedAt = long_ago });
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal((0, 0), await app.Services.GetRequiredService<WebhookRetention>().DeleteExpiredAsync(Ct));
        await using var check = await NewDbAsync(app);
        Assert.Equal(1, await check.InboundWebhooks.CountAsync(Ct));
        Assert.Equal(1, await check.EarlyStatuses.CountAsync(Ct));
    }

    private static async Task<WaselDb> NewDbAsync(WaselApp app) =>
        await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);

    private static InboundWebhook Webhook(string payload, DateTimeOffset receivedAt, bool processed) => new()
    {
        Payload = payload,
        ReceivedAt = receivedAt,
        NextAttemptAt = receivedAt,
        ProcessedAt = processed ? receivedAt.AddSeconds(1) : null,
    };
}
