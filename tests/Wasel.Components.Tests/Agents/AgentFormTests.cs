using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Agents.Admin;
using Wasel.Agents.Teams;

namespace Wasel.Components.Tests.Agents;

public sealed class AgentFormTests : BunitContext
{
    private static readonly TeamRow[] Teams = [new(1, "Sales", []), new(2, "Support", [])];

    public AgentFormTests() => Services.AddLocalization();

    [Fact]
    public void Invite_sends_what_was_typed_with_languages_split_and_the_cap_parsed()
    {
        AgentInput? sent = null;
        var form = Render<AgentForm>(p => p.Add(f => f.Teams, Teams).Add(f => f.OnSubmit, (AgentInput i) => sent = i));

        form.Find("#agent-name").Change("سارة العتيبي");
        form.Find("#agent-email").Change("sara@example.com");
        form.Find("#agent-role").Change(Roles.Supervisor);
        form.Find("#agent-cap").Change("6");
        form.Find("#agent-languages").Change("ar، en fr");
        form.FindAll("fieldset input[type=checkbox]")[1].Change(true);
        form.Find("form").Submit();

        Assert.NotNull(sent);
        Assert.Equal(("سارة العتيبي", "sara@example.com", Roles.Supervisor, 6), (sent.Name, sent.Email, sent.Role, sent.ConcurrencyCap));
        Assert.Equal(["ar", "en", "fr"], sent.Languages);
        Assert.Equal([2L], sent.TeamIds);
    }

    [Fact]
    public void A_cap_that_is_not_a_number_or_a_missing_name_is_shown_at_its_field_and_nothing_is_sent()
    {
        var sent = false;
        var form = Render<AgentForm>(p => p.Add(f => f.Teams, Teams).Add(f => f.OnSubmit, (AgentInput _) => sent = true));

        form.Find("#agent-email").Change("sara@example.com");
        form.Find("#agent-cap").Change("six");
        form.Find("form").Submit();

        Assert.False(sent);
        Assert.Contains("Give a number of open conversations from 1 to 100", form.Find("#agent-cap-error").TextContent);
        Assert.Contains("Give a name of 1 to 128 characters", form.Find("#agent-name-error").TextContent);
        Assert.Equal("true", form.Find("#agent-cap").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Errors_from_the_server_appear_beside_their_fields()
    {
        var errors = new Dictionary<string, string[]> { ["email"] = ["sara@example.com already has an account."], ["teams"] = ["One of the chosen teams no longer exists."] };

        var form = Render<AgentForm>(p => p.Add(f => f.Teams, Teams).Add(f => f.Errors, errors));

        Assert.Contains("already has an account", form.Find("#agent-email-error").TextContent);
        Assert.Contains("no longer exists", form.Find("#agent-teams-error").TextContent);
    }

    [Fact]
    public void Editing_shows_the_agent_and_keeps_the_email_read_only()
    {
        var agent = new AgentInput("James Carter", "james@example.com", Roles.Agent, [1], ["en"], 4);

        var form = Render<AgentForm>(p => p.Add(f => f.Teams, Teams).Add(f => f.Initial, agent));

        Assert.Equal("James Carter", form.Find("#agent-name").GetAttribute("value"));
        Assert.True(form.Find("#agent-email").HasAttribute("readonly"));
        Assert.Equal("4", form.Find("#agent-cap").GetAttribute("value"));
        Assert.True(form.FindAll("fieldset input[type=checkbox]")[0].HasAttribute("checked"));
        Assert.False(form.FindAll("fieldset input[type=checkbox]")[1].HasAttribute("checked"));
    }

    [Fact]
    public void Labels_and_errors_are_in_arabic_when_the_culture_is_arabic()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        try
        {
            var form = Render<AgentForm>(p => p.Add(f => f.Teams, Teams));
            form.Find("form").Submit();

            Assert.Contains("دعوة موظف جديد", form.Markup);
            Assert.Contains("اكتب اسماً من ١ إلى ١٢٨ حرفاً", form.Find("#agent-name-error").TextContent);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
