using Wasel.BusinessProfile;
using Wasel.Platform.Data;
using Wasel.Tests.Inbox.Settings;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.BusinessProfile;

public class ChangeProfilePictureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task An_admins_photo_is_uploaded_to_the_sandbox_and_served_at_the_profiles_picture_url()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);

        var result = await app.UseCase<ChangeProfilePicture>().HandleAsync(SettingsStaff.Admin, new ProfilePictureUpload(Png, "image/png", "logo.png"), Ct);

        Assert.True(result.Succeeded);
        var url = result.Value!.ProfilePictureUrl!;
        Assert.Contains("/sandbox/graph/profile-picture/", url);
        using var browser = new HttpClient();
        Assert.Equal(Png, await browser.GetByteArrayAsync(url, Ct));
        var view = (await app.UseCase<ReadBusinessProfile>().HandleAsync(SettingsStaff.Admin, Ct)).Value!;
        Assert.Equal(url, view.Profile.ProfilePictureUrl);
    }

    [Fact]
    public async Task Connected_to_meta_without_the_app_id_the_admin_is_told_which_setting_to_add()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite, new()
        {
            ["WhatsApp:AccessToken"] = "meta-token", ["WhatsApp:PhoneNumberId"] = "106540352242922", ["WhatsApp:BaseUrl"] = "http://127.0.0.1:9/",
        });

        var result = await app.UseCase<ChangeProfilePicture>().HandleAsync(SettingsStaff.Admin, new ProfilePictureUpload(Png, "image/png", "logo.png"), Ct);

        var error = Assert.Single(result.Errors![ChangeProfilePicture.Field]);
        Assert.Contains("WhatsApp:AppId", error);
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_is_refused_and_nothing_changes()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);

        var result = await app.UseCase<ChangeProfilePicture>().HandleAsync(SettingsStaff.Supervisor, new ProfilePictureUpload(Png, "image/png", "logo.png"), Ct);

        Assert.Equal(403, result.Problem?.Status);
        var view = (await app.UseCase<ReadBusinessProfile>().HandleAsync(SettingsStaff.Admin, Ct)).Value!;
        Assert.Null(view.Profile.ProfilePictureUrl);
    }

    [Theory]
    [InlineData("image/gif", 16, "JPEG or PNG")]
    [InlineData("image/jpeg", 5 * 1024 * 1024 + 1, "5 MB")]
    public async Task A_file_whatsapp_would_refuse_gets_an_error_on_the_photo_field(string contentType, int length, string hint)
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite);

        var result = await app.UseCase<ChangeProfilePicture>().HandleAsync(SettingsStaff.Admin, new ProfilePictureUpload(new byte[length], contentType, "x"), Ct);

        Assert.Contains(hint, Assert.Single(result.Errors![ChangeProfilePicture.Field]));
    }
}
