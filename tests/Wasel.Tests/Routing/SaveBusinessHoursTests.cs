using Wasel.Platform.Data;
using Wasel.Routing;
using Wasel.Tests.Inbox.Settings;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Routing;

public class SaveBusinessHoursTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpeningInterval Open(DayOfWeek day, string opens, string closes) => new(day, TimeOnly.Parse(opens), TimeOnly.Parse(closes));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saved_hours_come_back_with_their_intervals_and_holidays(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        Assert.Equal("UTC", (await app.UseCase<GetBusinessHours>().HandleAsync(SettingsStaff.Admin, Ct)).Value!.TimeZoneId);

        var request = new BusinessHoursRequest("Asia/Riyadh",
            [Open(DayOfWeek.Sunday, "16:00", "21:00"), Open(DayOfWeek.Sunday, "09:00", "13:00"), Open(DayOfWeek.Thursday, "20:00", "00:00")],
            [new DateOnly(2026, 12, 2), new DateOnly(2026, 9, 23), new DateOnly(2026, 12, 2)]);
        Assert.True((await app.UseCase<SaveBusinessHours>().HandleAsync(SettingsStaff.Admin, request, Ct)).Succeeded);
        // Saving again replaces (one row for the number).
        Assert.True((await app.UseCase<SaveBusinessHours>().HandleAsync(SettingsStaff.Admin, request, Ct)).Succeeded);

        var hours = (await app.UseCase<GetBusinessHours>().HandleAsync(SettingsStaff.Admin, Ct)).Value!;
        Assert.Equal("Asia/Riyadh", hours.TimeZoneId);
        Assert.Equal([Open(DayOfWeek.Sunday, "09:00", "13:00"), Open(DayOfWeek.Sunday, "16:00", "21:00"), Open(DayOfWeek.Thursday, "20:00", "00:00")], hours.Weekly);
        Assert.Equal([new DateOnly(2026, 9, 23), new DateOnly(2026, 12, 2)], hours.Holidays);
        Assert.True(hours.IsOpen(DateTimeOffset.Parse("2026-11-29T06:00:00Z")));
    }

    [Fact]
    public async Task Refuses_an_unknown_or_windows_time_zone_and_intervals_crossing_midnight_or_overlapping()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var save = app.UseCase<SaveBusinessHours>();

        var unknown = await save.HandleAsync(SettingsStaff.Admin, new("Mars/Olympus_Mons", [], []), Ct);
        var windows = await save.HandleAsync(SettingsStaff.Admin, new("Arab Standard Time", [], []), Ct);
        var intervals = await save.HandleAsync(SettingsStaff.Admin, new("Europe/London",
            [Open(DayOfWeek.Monday, "22:00", "02:00"), Open(DayOfWeek.Tuesday, "09:00", "13:00"), Open(DayOfWeek.Tuesday, "12:00", "18:00")], []), Ct);

        Assert.Contains("IANA", unknown.Errors!["timeZoneId"][0]);
        Assert.Contains("IANA", windows.Errors!["timeZoneId"][0]);
        Assert.Contains("next day", intervals.Errors!["weekly[0]"][0]);
        Assert.Contains("overlaps", intervals.Errors["weekly[2]"][0]);
        Assert.False(intervals.Errors.ContainsKey("weekly[1]"));
    }

    [Fact]
    public async Task A_non_admin_is_refused()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);

        Assert.Equal(403, (await app.UseCase<SaveBusinessHours>().HandleAsync(SettingsStaff.Agent, new("UTC", [], []), Ct)).Problem?.Status);
        Assert.Equal(403, (await app.UseCase<SaveBusinessHours>().HandleAsync(SettingsStaff.Supervisor, new("UTC", [], []), Ct)).Problem?.Status);
        Assert.Equal(403, (await app.UseCase<GetBusinessHours>().HandleAsync(SettingsStaff.Agent, Ct)).Problem?.Status);
        Assert.Equal(7, (await app.UseCase<GetBusinessHours>().HandleAsync(SettingsStaff.Admin, Ct)).Value!.Weekly.Count); // unchanged: always open
    }
}
