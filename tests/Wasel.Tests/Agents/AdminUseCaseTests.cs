using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Agents.Admin;
using Wasel.Agents.Teams;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Agents;

/// <summary>The admin use cases check the person they are given, whichever page or command calls them.</summary>
public class AdminUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_admins_may_manage_agents_teams_and_api_keys()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var team = await People.TeamAsync(app);
        var supervisor = await People.StaffAsync(app, (await People.InviteAsync(app, Roles.Supervisor, team)).Id);
        var target = await People.InviteAsync(app, Roles.Agent);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var input = new AgentInput("New", "new@example.com", Roles.Admin, [], [], null);

        Assert.Equal(StatusCodes.Status403Forbidden, (await services.GetRequiredService<InviteAgent>().HandleAsync(supervisor, input, Ct)).Problem?.Status);
        Assert.Equal(StatusCodes.Status403Forbidden, (await services.GetRequiredService<UpdateAgent>().HandleAsync(supervisor, supervisor.Id, input, Ct)).Problem?.Status);
        Assert.Equal(StatusCodes.Status403Forbidden, (await services.GetRequiredService<SetAgentDisabled>().HandleAsync(supervisor, target.Id, true, Ct)).Problem?.Status);
        Assert.Equal(StatusCodes.Status403Forbidden, (await services.GetRequiredService<ListAgents>().HandleAsync(supervisor, Ct)).Problem?.Status);
        Assert.Equal(StatusCodes.Status403Forbidden, (await services.GetRequiredService<CreateTeam>().HandleAsync(supervisor, "Mine", Ct)).Problem?.Status);
        Assert.Equal(StatusCodes.Status403Forbidden, (await services.GetRequiredService<DeleteTeam>().HandleAsync(supervisor, team, Ct)).Problem?.Status);
        Assert.Equal(StatusCodes.Status403Forbidden, (await services.GetRequiredService<SetTeamMembers>().HandleAsync(supervisor, team, [supervisor.Id], Ct)).Problem?.Status);
        Assert.Equal(StatusCodes.Status403Forbidden, (await services.GetRequiredService<CreateApiKey>().HandleAsync(supervisor, new CreateApiKeyRequest("x", [ApiScopes.MessagesSend]), Ct)).Problem?.Status);
        Assert.Equal(StatusCodes.Status403Forbidden, (await services.GetRequiredService<ListApiKeys>().HandleAsync(supervisor, Ct)).Problem?.Status);

        var db = services.GetRequiredService<WaselDb>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "new@example.com", Ct));
        Assert.False(await db.Users.Where(u => u.Id == target.Id).Select(u => u.Disabled).SingleAsync(Ct));
        Assert.True(await db.Teams.AnyAsync(t => t.Id == team, Ct));
    }

    [Fact]
    public async Task Invite_validates_each_field_and_names_it()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var existing = await People.InviteAsync(app, Roles.Agent);
        await using var scope = app.Services.CreateAsyncScope();
        var invite = scope.ServiceProvider.GetRequiredService<InviteAgent>();

        var bad = await invite.HandleAsync(AdminOnly.CommandLine, new AgentInput(" ", "not-an-email", "boss", [999_999], ["english"], 0), Ct);
        var taken = await invite.HandleAsync(AdminOnly.CommandLine, new AgentInput("Twin", existing.Email, Roles.Agent, [], [], null), Ct);

        Assert.Equal(["concurrencyCap", "email", "languages", "name", "role", "teams"], bad.Errors!.Keys.Order());
        Assert.Contains("'boss' is not a role. Choose one of: admin, supervisor, agent.", bad.Errors["role"]);
        Assert.Contains("already has an account", Assert.Single(taken.Errors!["email"]));
    }

    [Fact]
    public async Task Invited_agent_gets_role_teams_languages_and_cap()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var sales = await People.TeamAsync(app);
        var support = await People.TeamAsync(app);
        await using var scope = app.Services.CreateAsyncScope();

        var invited = await scope.ServiceProvider.GetRequiredService<InviteAgent>().HandleAsync(AdminOnly.CommandLine,
            new AgentInput("  ليلى حسن ", "Layla@Example.com", Roles.Supervisor, [sales, support], ["AR", "en", "ar"], 7), Ct);

        Assert.True(invited.Succeeded);
        Assert.Matches("^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$", invited.Value!.Password);
        var staff = await People.StaffAsync(app, invited.Value.Id);
        Assert.Equal(Roles.Supervisor, staff.Role);
        Assert.Equal([sales, support], staff.TeamIds.Order());
        var row = Assert.Single((await scope.ServiceProvider.GetRequiredService<ListAgents>().HandleAsync(AdminOnly.CommandLine, Ct)).Value!);
        Assert.Equal(("ليلى حسن", "Layla@Example.com", 7), (row.Name, row.Email, row.ConcurrencyCap));
        Assert.Equal(["ar", "en"], row.Languages);
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_demoted_nor_disabled()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var only = await People.InviteAsync(app, Roles.Admin);
        var me = await People.StaffAsync(app, only.Id);
        await using var scope = app.Services.CreateAsyncScope();
        var update = scope.ServiceProvider.GetRequiredService<UpdateAgent>();
        var disable = scope.ServiceProvider.GetRequiredService<SetAgentDisabled>();

        var demoted = await update.HandleAsync(me, only.Id, new AgentInput("Me", only.Email, Roles.Agent, [], [], null), Ct);
        var disabled = await disable.HandleAsync(me, only.Id, true, Ct);

        Assert.Contains("only enabled admin", Assert.Single(demoted.Errors!["role"]));
        Assert.Contains("only enabled admin", Assert.Single(disabled.Errors!["disabled"]));
        Assert.Equal(Roles.Admin, (await People.StaffAsync(app, only.Id)).Role);

        // With a second admin, the first may step down.
        await People.InviteAsync(app, Roles.Admin);
        Assert.True((await update.HandleAsync(me, only.Id, new AgentInput("Me", only.Email, Roles.Agent, [], [], null), Ct)).Succeeded);
        Assert.Equal(Roles.Agent, (await People.StaffAsync(app, only.Id)).Role);
    }

    [Fact]
    public async Task Teams_are_created_renamed_staffed_and_deleted_and_their_conversations_go_back_to_the_general_queue()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var agent = await People.InviteAsync(app, Roles.Agent);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var admin = AdminOnly.CommandLine;

        var team = (await services.GetRequiredService<CreateTeam>().HandleAsync(admin, "Wholesale", Ct)).Value!;
        Assert.Contains("already called Wholesale", (await services.GetRequiredService<CreateTeam>().HandleAsync(admin, " Wholesale ", Ct)).Errors!["name"][0]);
        Assert.True((await services.GetRequiredService<RenameTeam>().HandleAsync(admin, team.Id, "Key accounts", Ct)).Succeeded);
        Assert.True((await services.GetRequiredService<SetTeamMembers>().HandleAsync(admin, team.Id, [agent.Id], Ct)).Succeeded);
        Assert.Equal([team.Id], (await People.StaffAsync(app, agent.Id)).TeamIds);
        var row = Assert.Single((await services.GetRequiredService<ListTeams>().HandleAsync(admin, Ct)).Value!);
        Assert.Equal(("Key accounts", agent.Id), (row.Name, Assert.Single(row.MemberIds)));

        var db = services.GetRequiredService<WaselDb>();
        var contact = new Wasel.Contacts.Contact { WaId = "966500000001", PhoneE164 = "+966500000001" };
        var conversation = new Wasel.Conversations.Conversation { Contact = contact, TeamId = team.Id };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(Ct);

        Assert.True((await services.GetRequiredService<DeleteTeam>().HandleAsync(admin, team.Id, Ct)).Succeeded);
        Assert.Empty((await People.StaffAsync(app, agent.Id)).TeamIds);
        Assert.Null(await db.Conversations.Where(c => c.Id == conversation.Id).Select(c => c.TeamId).SingleAsync(Ct));
    }

    [Fact]
    public async Task Api_keys_are_listed_without_their_secret_and_revoked_keys_stop_working()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();
        var created = (await scope.ServiceProvider.GetRequiredService<CreateApiKey>()
            .HandleAsync(AdminOnly.CommandLine, new CreateApiKeyRequest("crm", [ApiScopes.ConversationsRead]), Ct)).Value!;
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", created.Key);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/conversations", Ct)).StatusCode);

        var row = Assert.Single((await scope.ServiceProvider.GetRequiredService<ListApiKeys>().HandleAsync(AdminOnly.CommandLine, Ct)).Value!);
        Assert.Equal((created.Prefix, "crm", (DateTimeOffset?)null), (row.Prefix, row.Name, row.RevokedAt));
        Assert.NotNull(row.LastUsedAt);
        Assert.True((await scope.ServiceProvider.GetRequiredService<RevokeApiKey>().HandleAsync(AdminOnly.CommandLine, created.Id, Ct)).Succeeded);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/conversations", Ct)).StatusCode);
        Assert.NotNull(Assert.Single((await scope.ServiceProvider.GetRequiredService<ListApiKeys>().HandleAsync(AdminOnly.CommandLine, Ct)).Value!).RevokedAt);
    }
}
