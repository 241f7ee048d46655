using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        foreach (var useCase in new[]
                 {
                     typeof(ListCannedResponses), typeof(SaveCannedResponse), typeof(DeleteCannedResponse), typeof(FindCannedResponses),
                     typeof(ListLabels), typeof(SaveLabel), typeof(DeleteLabel), typeof(GetBusinessHours), typeof(SaveBusinessHours),
                 })
            Services.AddScoped(useCase);
    }

    protected IDbContextFactory<WaselDb> Factory { get; }

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
