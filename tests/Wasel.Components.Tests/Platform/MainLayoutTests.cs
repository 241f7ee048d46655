using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Platform.Ui;

namespace Wasel.Components.Tests.Platform;

public sealed class MainLayoutTests : BunitContext
{
    public MainLayoutTests() => Services.AddLocalization();

    [Fact]
    public void Shows_the_admin_link_only_to_admins()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("Layla").SetRoles(Roles.Agent);
        Assert.DoesNotContain("/admin", Render<MainLayout>().Markup);

        auth.SetRoles(Roles.Admin);
        Assert.Contains("href=\"/admin\"", Render<MainLayout>().Markup);
    }

    [Fact]
    public void Speaks_arabic_when_the_culture_is_arabic()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        try
        {
            AddAuthorization().SetAuthorized("ليلى");
            var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "body"))));
            Assert.Contains("تسجيل الخروج", layout.Markup);
            Assert.Contains("ليلى", layout.Markup);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
