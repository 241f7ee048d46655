using Wasel.BusinessProfile;
using Wasel.Platform.Data;
using Wasel.Tests.Inbox.Settings;
using Wasel.Tests.Infrastructure;
using Wasel.WhatsApp.BusinessProfile;

namespace Wasel.Tests.BusinessProfile;

public class BusinessProfileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Writes_the_profile_to_the_cloud_api_and_reads_it_back_with_the_numbers_fields()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);
        var request = new BusinessProfileRequest("مرحبًا بكم في متجر التمور", "Olaya St, Riyadh", "Dates and coffee since 1990.",
            "care@dates.example", ["https://dates.example", " https://dates.example/ar "], BusinessVertical.Grocery);

        var saved = await app.UseCase<UpdateBusinessProfile>().HandleAsync(SettingsStaff.Admin, request, Ct);
        Assert.True(saved.Succeeded);

        var view = (await app.UseCase<ReadBusinessProfile>().HandleAsync(SettingsStaff.Admin, Ct)).Value!;
        Assert.Equal("مرحبًا بكم في متجر التمور", view.Profile.About);
        Assert.Equal("Olaya St, Riyadh", view.Profile.Address);
        Assert.Equal("care@dates.example", view.Profile.Email);
        Assert.Equal(["https://dates.example", "https://dates.example/ar"], view.Profile.Websites);
        Assert.Equal(BusinessVertical.Grocery, view.Profile.Vertical);
        Assert.NotNull(view.PhoneNumber?.VerifiedName);
        Assert.Equal("GREEN", view.PhoneNumber!.QualityRating);
    }

    [Fact]
    public async Task Breaking_metas_limits_gives_an_error_per_field_and_changes_nothing()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);
        var before = (await app.UseCase<ReadBusinessProfile>().HandleAsync(SettingsStaff.Admin, Ct)).Value!.Profile;

        var result = await app.UseCase<UpdateBusinessProfile>().HandleAsync(SettingsStaff.Admin,
            new(new string('a', 140), null, new string('d', 513), "not-an-email", ["ftp://files.example", "https://a.example", "https://b.example"], null), Ct);

        Assert.Contains("139", result.Errors!["about"][0]);
        Assert.Contains("512", result.Errors["description"][0]);
        Assert.Contains("name@example.com", result.Errors["email"][0]);
        Assert.Contains("at most 2", result.Errors["websites"][0]);
        Assert.Contains("http", result.Errors["websites[0]"][0]);
        var after = (await app.UseCase<ReadBusinessProfile>().HandleAsync(SettingsStaff.Admin, Ct)).Value!.Profile;
        Assert.Equal(before.About, after.About);
    }

    [Fact]
    public async Task An_empty_about_is_refused_because_whatsapp_requires_it()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);

        var result = await app.UseCase<UpdateBusinessProfile>().HandleAsync(SettingsStaff.Admin, new("  ", null, null, null, [], null), Ct);

        Assert.Contains("required", result.Errors!["about"][0]);
    }

    [Fact]
    public async Task A_non_admin_can_neither_read_nor_write_it()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);

        Assert.Equal(403, (await app.UseCase<ReadBusinessProfile>().HandleAsync(SettingsStaff.Agent, Ct)).Problem?.Status);
        Assert.Equal(403, (await app.UseCase<UpdateBusinessProfile>().HandleAsync(SettingsStaff.Supervisor, new("Hacked", null, null, null, [], null), Ct)).Problem?.Status);
        Assert.NotEqual("Hacked", (await app.UseCase<ReadBusinessProfile>().HandleAsync(SettingsStaff.Admin, Ct)).Value!.Profile.About);
    }
}
