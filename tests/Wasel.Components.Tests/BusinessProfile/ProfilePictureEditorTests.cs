using Microsoft.AspNetCore.Components.Forms;
using Wasel.Agents;
using Wasel.BusinessProfile;
using Wasel.Components.Tests.Inbox.Settings;

namespace Wasel.Components.Tests.BusinessProfile;

public sealed class ProfilePictureEditorTests : SettingsPageContext
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Fact]
    public async Task Shows_the_current_photo_with_alt_text()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessProfilePage>();

        page.WaitForAssertion(() => Assert.Equal("https://pps.whatsapp.net/v/photo.jpg", page.Find(".profile-photo img").GetAttribute("src")));
        Assert.Contains("profile photo", page.Find(".profile-photo img").GetAttribute("alt"));
    }

    [Fact]
    public async Task A_photo_url_that_is_neither_https_nor_the_graph_roots_is_not_loaded()
    {
        Graph.Profile["profile_picture_url"] = "http://tracker.example/pixel.jpg";
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessProfilePage>();

        page.WaitForAssertion(() => page.Find(".profile-photo .empty"));
        Assert.Empty(page.FindAll(".profile-photo img"));
    }

    [Fact]
    public async Task Choosing_a_png_uploads_it_and_shows_the_new_photo()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessProfilePage>();
        page.WaitForAssertion(() => page.Find("#photo"));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Png, "logo.png", contentType: "image/png"));

        page.WaitForAssertion(() => Assert.Contains("Photo changed", page.Find(".profile-photo .saved").TextContent));
        Assert.Equal(Png, Assert.Single(Graph.Uploads));
        Assert.Equal("https://pps.whatsapp.net/v/new.jpg", page.Find(".profile-photo img").GetAttribute("src"));
    }

    [Fact]
    public async Task A_gif_is_refused_with_a_clear_error_and_nothing_is_sent()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessProfilePage>();
        page.WaitForAssertion(() => page.Find("#photo"));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1, 2, 3], "funny.gif", contentType: "image/gif"));

        page.WaitForAssertion(() => Assert.Contains("not a JPEG or PNG", page.Find("#error-photo").TextContent));
        Assert.Equal("true", page.Find("#photo").GetAttribute("aria-invalid"));
        Assert.Empty(Graph.Uploads);
    }

    [Fact]
    public async Task A_photo_over_5_mb_is_refused_before_upload()
    {
        await SignInAsync(Roles.Admin);
        var page = Render<BusinessProfilePage>();
        page.WaitForAssertion(() => page.Find("#photo"));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[5 * 1024 * 1024 + 1], "big.jpg", contentType: "image/jpeg"));

        page.WaitForAssertion(() => Assert.Contains("at most 5 MB", page.Find("#error-photo").TextContent));
        Assert.Empty(Graph.Uploads);
    }
}
