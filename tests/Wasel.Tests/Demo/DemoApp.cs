using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Demo;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Demo;

/// <summary>The demo's rows as one start of Wasel left them, read back from the database.</summary>
internal sealed record DemoRows(List<Contact> Contacts, List<Conversation> Conversations, List<Message> Messages);

internal static class DemoApp
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-01T12:00:00Z");

    /// <summary>
    /// Starts Wasel again on <paramref name="app"/>'s database (as a restart would) with the demo setting and clock
    /// given. The base app runs with Demo:Seed=false, so whatever is seeded comes from this start.
    /// </summary>
    public static WebApplicationFactory<Program> Start(WaselApp app, bool seed, DateTimeOffset now, Dictionary<string, string?>? settings = null)
    {
        // The base app keeps running on the same database: on its own clock, its snooze waker would wake what the demo
        // snoozed "for 4 hours" from a date months ago.
        app.Time.Advance(now - app.Time.GetUtcNow());
        var factory = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Demo:Seed", seed ? "true" : "false");
            foreach (var (key, value) in settings ?? []) builder.UseSetting(key, value);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));
        });
        _ = factory.Server;
        return factory;
    }

    public static async Task<DemoRows> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var waIds = DemoContacts.All.Select(c => c.WaId).ToList();
        await using var db = await services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(cancellationToken);
        return new DemoRows(
            await db.Contacts.Where(c => waIds.Contains(c.WaId)).ToListAsync(cancellationToken),
            await db.Conversations.Include(c => c.Contact).Where(c => waIds.Contains(c.Contact.WaId)).ToListAsync(cancellationToken),
            await db.Messages.Where(m => waIds.Contains(m.Conversation.Contact.WaId)).OrderBy(m => m.Id).ToListAsync(cancellationToken));
    }
}
