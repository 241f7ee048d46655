using Wasel.Inbox.Settings;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox.Settings;

public class CannedResponsesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Admin_creates_edits_searches_and_deletes(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var save = app.UseCase<SaveCannedResponse>();

        var created = await save.HandleAsync(SettingsStaff.Admin, null, new("Thanks", "Thank you for your *order*!", "en"), Ct);
        Assert.True(created.Succeeded);
        Assert.Equal("thanks", created.Value!.Shortcut);
        var edited = await save.HandleAsync(SettingsStaff.Admin, created.Value.Id, new("thanks", "Thanks a lot!", null), Ct);
        Assert.Equal("Thanks a lot!", edited.Value!.Text);
        Assert.Null(edited.Value.Language);
        await save.HandleAsync(SettingsStaff.Admin, null, new("hours", "We open at 9.", "en"), Ct);

        var found = await app.UseCase<ListCannedResponses>().HandleAsync(SettingsStaff.Admin, "LOT", Ct);
        Assert.Equal(["thanks"], found.Value!.Select(r => r.Shortcut));

        Assert.True((await app.UseCase<DeleteCannedResponse>().HandleAsync(SettingsStaff.Admin, created.Value.Id, Ct)).Succeeded);
        var all = await app.UseCase<ListCannedResponses>().HandleAsync(SettingsStaff.Admin, null, Ct);
        Assert.Equal(["hours"], all.Value!.Select(r => r.Shortcut));
        Assert.Equal(404, (await app.UseCase<DeleteCannedResponse>().HandleAsync(SettingsStaff.Admin, created.Value.Id, Ct)).Problem?.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shortcut_is_unique_whatever_its_case(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var save = app.UseCase<SaveCannedResponse>();
        await save.HandleAsync(SettingsStaff.Admin, null, new("refund", "…", null), Ct);

        var duplicate = await save.HandleAsync(SettingsStaff.Admin, null, new("Refund", "again", null), Ct);

        Assert.Contains("/refund", Assert.Single(duplicate.Errors!["shortcut"]));
    }

    [Fact]
    public async Task Invalid_fields_are_named_with_how_to_fix_them()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);

        var result = await app.UseCase<SaveCannedResponse>().HandleAsync(SettingsStaff.Admin, null,
            new("order status", new string('x', 4097), "fr"), Ct);

        Assert.Contains("letters, digits", result.Errors!["shortcut"][0]);
        Assert.Contains("4097", result.Errors["text"][0]);
        Assert.Contains("English, Arabic or any", result.Errors["language"][0]);
    }

    [Fact]
    public async Task A_non_admin_is_refused_every_change_and_the_admin_list()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var created = await app.UseCase<SaveCannedResponse>().HandleAsync(SettingsStaff.Admin, null, new("hi", "Hello", null), Ct);

        foreach (var staff in new[] { SettingsStaff.Agent, SettingsStaff.Supervisor, null })
        {
            Assert.Equal(403, (await app.UseCase<SaveCannedResponse>().HandleAsync(staff, null, new("x", "y", null), Ct)).Problem?.Status);
            Assert.Equal(403, (await app.UseCase<SaveCannedResponse>().HandleAsync(staff, created.Value!.Id, new("hi", "changed", null), Ct)).Problem?.Status);
            Assert.Equal(403, (await app.UseCase<DeleteCannedResponse>().HandleAsync(staff, created.Value.Id, Ct)).Problem?.Status);
            Assert.Equal(403, (await app.UseCase<ListCannedResponses>().HandleAsync(staff, null, Ct)).Problem?.Status);
        }
        var kept = await app.UseCase<FindCannedResponses>().HandleAsync("hi", null, Ct);
        Assert.Equal("Hello", Assert.Single(kept).Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_compose_lookup_matches_the_prefix_and_the_conversation_language_or_any(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var save = app.UseCase<SaveCannedResponse>();
        await save.HandleAsync(SettingsStaff.Admin, null, new("order-status", "Your order is on its way.", "en"), Ct);
        await save.HandleAsync(SettingsStaff.Admin, null, new("order-status-ar", "طلبك في الطريق.", "ar"), Ct);
        await save.HandleAsync(SettingsStaff.Admin, null, new("order_link", "https://example.com/orders", null), Ct);
        await save.HandleAsync(SettingsStaff.Admin, null, new("thanks", "Thank you!", "en"), Ct);
        var find = app.UseCase<FindCannedResponses>();

        Assert.Equal(["order-status-ar", "order_link"], (await find.HandleAsync("/Order", "ar", Ct)).Select(r => r.Shortcut).Order(StringComparer.Ordinal));
        Assert.Equal(["order-status", "order_link"], (await find.HandleAsync("order", "en", Ct)).Select(r => r.Shortcut).Order(StringComparer.Ordinal));
        Assert.Equal(4, (await find.HandleAsync("", null, Ct)).Count);
        Assert.Empty(await find.HandleAsync("zzz", null, Ct));
        // '_' and '-' are literal in a prefix, not LIKE wildcards.
        Assert.Equal(["order_link"], (await find.HandleAsync("order_", null, Ct)).Select(r => r.Shortcut));
    }
}
