using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wasel.Components.Tests.BusinessProfile;
using Wasel.Messaging;
using Wasel.Sandbox;
using Wasel.Sandbox.State;
using Wasel.WhatsApp;
using Wasel.Agents;
using Wasel.BusinessProfile;
using Wasel.Inbox.Settings;
using Wasel.Platform.Data;
using Wasel.Routing;

namespace Wasel.Components.Tests.Inbox.Settings;

/// <summary>
/// Renders the settings pages with their real use cases over a migrated SQLite file, signed in as a person with the
/// given role (stored in the database, since the pages load the Staff from it).
/// </summary>
public abstract class SettingsPageContext : BunitContext, IAsyncLifetime
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"wasel-components-{Guid.NewGuid():N}.db");

    protected SettingsPageContext()
    {
        var options = new DbContextOptionsBuilder<SqliteWaselDb>().UseSqlite($"Data Source={file}").Options;
        Factory = new SqliteFactory(options);
        Services.AddLocalization();
        Services.AddSingleton<IDbContextFactory<WaselDb>>(Factory);
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<CurrentStaff>();
        // The WhatsApp side: configuration as for Meta, the real client over a fake Graph API.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WhatsApp:AccessToken"] = "EAAGm0PX4ZCpsBAKZBexampletokenx1z9",
            ["WhatsApp:PhoneNumberId"] = "106540352242922",
            ["WhatsApp:WabaId"] = "102290129340398",
            ["WhatsApp:VerifyToken"] = "verify-me-7f3a",
            ["WhatsApp:AppSecret"] = "app-secret",
        }).Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddSingleton(new SandboxState(Options.Create(new SandboxOptions()), new SandboxClock(TimeProvider.System)));
        Services.AddSingleton<WhatsAppConnection>();
        Services.AddSingleton(Graph);
        var client = Options.Create(new WhatsAppOptions
        {
            AccessToken = "token", PhoneNumberId = "106540352242922", AppId = "684123", BaseUrl = new Uri("https://graph.example"),
        });
        Services.AddSingleton(client);
        Services.AddTransient(_ => new WhatsAppClient(new HttpClient(Graph), client));
        Services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        foreach (var useCase in new[]
                 {
                     typeof(ListCannedResponses), typeof(SaveCannedResponse), typeof(DeleteCannedResponse), typeof(FindCannedResponses),
                     typeof(ListLabels), typeof(SaveLabel), typeof(DeleteLabel), typeof(GetBusinessHours), typeof(SaveBusinessHours),
                     typeof(DescribeWhatsAppConnection), typeof(TestWhatsAppConnection), typeof(ReadBusinessProfile), typeof(UpdateBusinessProfile),
                     typeof(ChangeProfilePicture),
                 })
            Services.AddScoped(useCase);
    }

    protected IDbContextFactory<WaselDb> Factory { get; }

    protected FakeGraph Graph { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await using var db = Factory.CreateDbContext();
        await db.Database.MigrateAsync();
    }

    /// <summary>Signs in a new person with this role.</summary>
    protected async Task SignInAsync(string role)
    {
        await using var db = Factory.CreateDbContext();
        var agent = new Agent { DisplayName = "Amal", UserName = $"{role}-{Guid.NewGuid():N}@example.com" };
        var roleRow = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
        db.Users.Add(agent);
        db.Roles.Add(roleRow);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = agent.Id, RoleId = roleRow.Id });
        await db.SaveChangesAsync();
        AddAuthorization().SetAuthorized("Amal").SetRoles(role).SetClaims(new Claim(ClaimTypes.NameIdentifier, agent.Id));
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        GC.SuppressFinalize(this);
    }

    private sealed class SqliteFactory(DbContextOptions<SqliteWaselDb> options) : IDbContextFactory<WaselDb>
    {
        public WaselDb CreateDbContext() => new SqliteWaselDb(options);
    }
}
