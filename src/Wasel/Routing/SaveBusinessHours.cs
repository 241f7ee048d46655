using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wasel.Agents;
using Wasel.Inbox.Settings;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Routing;

public sealed record BusinessHoursRequest(string TimeZoneId, IReadOnlyList<OpeningInterval> Weekly, IReadOnlyList<DateOnly> Holidays);

/// <summary>The saved business hours, or <see cref="BusinessHours.AlwaysOpen"/> when none are saved yet.</summary>
public static class BusinessHoursStore
{
    public static async Task<BusinessHours> LoadAsync(WaselDb db, CancellationToken cancellationToken) =>
        await db.Set<BusinessHours>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == BusinessHours.SingletonId, cancellationToken)
        ?? BusinessHours.AlwaysOpen();
}

public sealed class GetBusinessHours(IDbContextFactory<WaselDb> dbFactory)
{
    public async Task<Result<BusinessHours>> HandleAsync(Staff? staff, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await BusinessHoursStore.LoadAsync(db, cancellationToken);
    }
}

/// <summary>
/// Replaces the business hours: an IANA time zone, the weekly intervals (none on a day means closed that day; an
/// interval may not cross midnight nor overlap another on the same day) and the holidays.
/// </summary>
public sealed class SaveBusinessHours(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, IStringLocalizer<RoutingText> text)
{
    public const int MaxHolidays = 366;

    public async Task<Result<BusinessHours>> HandleAsync(Staff? staff, BusinessHoursRequest request, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        var errors = Validate(request);
        if (errors.Count > 0) return errors;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hours = await db.Set<BusinessHours>().FirstOrDefaultAsync(h => h.Id == BusinessHours.SingletonId, cancellationToken);
        if (hours is null)
        {
            hours = new BusinessHours { TimeZoneId = request.TimeZoneId };
            db.Add(hours);
        }
        hours.TimeZoneId = request.TimeZoneId.Trim();
        hours.Weekly = request.Weekly.OrderBy(i => i.Day).ThenBy(i => i.Opens).ToList();
        hours.Holidays = request.Holidays.Distinct().Order().ToList();
        hours.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return hours;
    }

    private Dictionary<string, string[]> Validate(BusinessHoursRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsIanaZone(r.TimeZoneId)) errors["timeZoneId"] = [text["TimeZoneInvalid", r.TimeZoneId ?? ""]];
        var weekly = r.Weekly ?? [];
        for (var i = 0; i < weekly.Count; i++)
        {
            var interval = weekly[i];
            if (!Enum.IsDefined(interval.Day)) errors[$"weekly[{i}]"] = [text["DayInvalid"]];
            else if (!interval.IsValid) errors[$"weekly[{i}]"] = [text["IntervalCrossesMidnight", interval.Opens.ToString("HH:mm"), interval.Closes.ToString("HH:mm")]];
            else if (weekly.Take(i).Any(interval.Overlaps)) errors[$"weekly[{i}]"] = [text["IntervalOverlaps", interval.Opens.ToString("HH:mm"), interval.Closes.ToString("HH:mm")]];
        }
        if ((r.Holidays ?? []).Count > MaxHolidays) errors["holidays"] = [text["TooManyHolidays", MaxHolidays]];
        return errors;
    }

    /// <summary>An IANA id this server knows ("Asia/Riyadh", "UTC"); Windows ids are refused so that the setting moves between hosts.</summary>
    public static bool IsIanaZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) && zone.HasIanaId;
}
