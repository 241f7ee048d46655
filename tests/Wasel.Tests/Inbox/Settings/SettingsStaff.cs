using Microsoft.Extensions.DependencyInjection;
using Wasel.Agents;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Inbox.Settings;

/// <summary>People for settings tests, and the app's use cases resolved the way a page gets them.</summary>
public static class SettingsStaff
{
    public static Staff Admin { get; } = new("admin-1", "Amal", Roles.Admin, new HashSet<long>());
    public static Staff Supervisor { get; } = new("super-1", "Sami", Roles.Supervisor, new HashSet<long> { 1 });
    public static Staff Agent { get; } = new("agent-1", "Layla", Roles.Agent, new HashSet<long> { 1 });

    public static T UseCase<T>(this WaselApp app) where T : notnull => app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();
}
