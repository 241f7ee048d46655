using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox.Live;

/// <summary>Conversations made straight in the database, for tests that need one to exist but not how it came.</summary>
public static class LiveData
{
    public static async Task<Conversation> ConversationAsync(WaselApp app, bool withTeam = false, string? assigneeId = null)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var now = app.Time.GetUtcNow();
        var waId = "9665" + Random.Shared.Next(10_000_000, 99_999_999);
        var team = withTeam ? new Team { Name = "team-" + Guid.NewGuid().ToString("N")[..8], CreatedAt = now } : null;
        var conversation = new Conversation
        {
            Contact = new Contact { WaId = waId, PhoneE164 = "+" + waId, Name = "Test", CreatedAt = now, UpdatedAt = now },
            Status = ConversationStatus.Open,
            WindowExpiresAt = now.AddHours(1),
            LastInboundAt = now,
            LastMessageAt = now,
            CreatedAt = now,
            UpdatedAt = now,
            AssigneeId = assigneeId,
        };
        if (team is not null) db.Add(team);
        db.Add(conversation);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        if (team is not null)
        {
            conversation.TeamId = team.Id;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        return conversation;
    }
}
