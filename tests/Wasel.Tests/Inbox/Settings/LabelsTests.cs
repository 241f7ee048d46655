using Microsoft.Extensions.DependencyInjection;
using Wasel.Contacts;
using Wasel.Conversations;
using Wasel.Inbox;
using Wasel.Inbox.Settings;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox.Settings;

public class LabelsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lists_labels_with_how_many_conversations_carry_each(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var save = app.UseCase<SaveLabel>();
        var vip = (await save.HandleAsync(SettingsStaff.Admin, null, new("VIP", "#D4A017"), Ct)).Value!;
        var complaint = (await save.HandleAsync(SettingsStaff.Admin, null, new("شكوى", "#b3261e"), Ct)).Value!;
        await LabelConversationsAsync(app, vip.Id, 3);
        await LabelConversationsAsync(app, complaint.Id, 1);

        var labels = (await app.UseCase<ListLabels>().HandleAsync(SettingsStaff.Admin, Ct)).Value!;

        Assert.Equal(3, labels.Single(l => l.Id == vip.Id).Conversations);
        Assert.Equal("#d4a017", labels.Single(l => l.Id == vip.Id).Color);
        Assert.Equal(1, labels.Single(l => l.Id == complaint.Id).Conversations);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Renames_recolours_and_deletes_taking_the_label_off_its_conversations(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var save = app.UseCase<SaveLabel>();
        var label = (await save.HandleAsync(SettingsStaff.Admin, null, new("urgent", "#ff0000"), Ct)).Value!;
        await LabelConversationsAsync(app, label.Id, 2);

        var renamed = await save.HandleAsync(SettingsStaff.Admin, label.Id, new("Urgent!", "#00ff00"), Ct);
        Assert.Equal(("Urgent!", "#00ff00", 2), (renamed.Value!.Name, renamed.Value.Color, renamed.Value.Conversations));

        Assert.True((await app.UseCase<DeleteLabel>().HandleAsync(SettingsStaff.Admin, label.Id, Ct)).Succeeded);
        await using var db = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        Assert.False(db.ConversationLabels.Any(cl => cl.LabelId == label.Id));
    }

    [Fact]
    public async Task Names_are_unique_and_colours_are_hex()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var save = app.UseCase<SaveLabel>();
        await save.HandleAsync(SettingsStaff.Admin, null, new("VIP", "#000000"), Ct);

        var duplicate = await save.HandleAsync(SettingsStaff.Admin, null, new(" VIP ", "#111111"), Ct);
        var invalid = await save.HandleAsync(SettingsStaff.Admin, null, new("", "red"), Ct);

        Assert.Contains("already exists", duplicate.Errors!["name"][0]);
        Assert.Contains("1 to 64", invalid.Errors!["name"][0]);
        Assert.Contains("#rrggbb", invalid.Errors["color"][0]);
    }

    [Fact]
    public async Task A_non_admin_is_refused()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var label = (await app.UseCase<SaveLabel>().HandleAsync(SettingsStaff.Admin, null, new("keep", "#123456"), Ct)).Value!;

        Assert.Equal(403, (await app.UseCase<SaveLabel>().HandleAsync(SettingsStaff.Agent, null, new("new", "#123456"), Ct)).Problem?.Status);
        Assert.Equal(403, (await app.UseCase<SaveLabel>().HandleAsync(SettingsStaff.Supervisor, label.Id, new("renamed", "#123456"), Ct)).Problem?.Status);
        Assert.Equal(403, (await app.UseCase<DeleteLabel>().HandleAsync(SettingsStaff.Agent, label.Id, Ct)).Problem?.Status);
        Assert.Equal(403, (await app.UseCase<ListLabels>().HandleAsync(SettingsStaff.Agent, Ct)).Problem?.Status);
        Assert.Equal("keep", Assert.Single((await app.UseCase<ListLabels>().HandleAsync(SettingsStaff.Admin, Ct)).Value!).Name);
    }

    private static async Task LabelConversationsAsync(WaselApp app, long labelId, int count)
    {
        await using var db = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var waId = "9665" + Random.Shared.NextInt64(10_000_000, 99_999_999);
            var conversation = new Conversation
            {
                Contact = new Contact { WaId = waId, PhoneE164 = "+" + waId, CreatedAt = now, UpdatedAt = now },
                CreatedAt = now, UpdatedAt = now, LastMessageAt = now,
            };
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync(Ct);
            db.ConversationLabels.Add(new ConversationLabel { ConversationId = conversation.Id, LabelId = labelId });
        }
        await db.SaveChangesAsync(Ct);
    }
}
