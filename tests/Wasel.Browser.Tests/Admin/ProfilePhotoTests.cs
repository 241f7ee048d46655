using Microsoft.Playwright;
using Wasel.Agents;
using Wasel.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wasel.Browser.Tests.Admin;

/// <summary>An admin replaces the business's profile photo from the business profile page, through the sandbox's resumable upload.</summary>
public class ProfilePhotoTests(BrowserWorld world) : IClassFixture<BrowserWorld>
{
    /// <summary>A 1 × 1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_admin_uploads_a_png_and_sees_it_as_the_photo_and_a_text_file_is_refused_with_the_fix()
    {
        var admin = await StaffAccounts.CreateAsync(world.App, "Huda Admin", Roles.Admin);
        var page = await world.NewPageAsync();
        await page.GotoAsync("account/sign-in");
        await page.GetByLabel("E-mail").FillAsync(admin.Email);
        await page.GetByLabel("Password").FillAsync(admin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/");
        await page.GotoAsync("admin/business-profile");

        var photo = page.Locator("fieldset.profile-photo");
        var input = photo.GetByLabel("Choose a new photo");
        // The file input is enabled once the page's circuit is connected.
        await Expect(input).ToBeEnabledAsync(new() { Timeout = 20_000 });
        await Expect(photo.GetByRole(AriaRole.Img)).ToHaveCountAsync(0);

        await input.SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = Png });
        await Expect(photo.GetByRole(AriaRole.Status)).ToHaveTextAsync("Photo changed on WhatsApp.", new() { Timeout = 20_000 });
        var shown = photo.GetByRole(AriaRole.Img);
        await Expect(shown).ToBeVisibleAsync();
        var src = await shown.GetAttributeAsync("src");
        var served = await page.APIRequest.GetAsync(src!);
        Assert.Equal(200, served.Status);
        Assert.Equal(Png, await served.BodyAsync());

        await input.SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "not a picture"u8.ToArray() });
        await Expect(photo).ToContainTextAsync("“notes.txt” is not a JPEG or PNG image. Choose a .jpg or .png file.");
    }
}
