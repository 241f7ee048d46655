using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents.Account;

namespace Wasel.Components.Tests.Agents;

public sealed class LanguageSwitchTests : BunitContext
{
    public LanguageSwitchTests() => Services.AddLocalization();

    [Fact]
    public void Posts_the_choice_with_the_page_to_come_back_to_and_marks_the_current_language()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/admin/teams?x=1");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        try
        {
            var form = Render<LanguageSwitch>();

            Assert.Equal("account/language", form.Find("form").GetAttribute("action"));
            Assert.Equal("/admin/teams?x=1", form.Find("input[name=returnUrl]").GetAttribute("value"));
            Assert.Equal("true", form.Find("button[value=ar]").GetAttribute("aria-pressed"));
            Assert.Equal("false", form.Find("button[value=en]").GetAttribute("aria-pressed"));
            Assert.Equal("اللغة", form.Find("form").GetAttribute("aria-label"));

            navigation.NavigateTo("/admin/agents");
            form.WaitForAssertion(() => Assert.Equal("/admin/agents", form.Find("input[name=returnUrl]").GetAttribute("value")));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
