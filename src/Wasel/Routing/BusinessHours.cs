using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wasel.Routing;

/// <summary>
/// When the business answers on its number: weekly opening intervals in the number's time zone, and holidays (whole
/// local dates closed). Away messages and SLA clocks ask <see cref="IsOpen"/> and <see cref="NextOpening"/>.
/// One row per installation (one number); until an admin saves hours, <see cref="AlwaysOpen"/> applies.
/// </summary>
public sealed class BusinessHours
{
    public const long SingletonId = 1;

    public long Id { get; set; } = SingletonId;
    /// <summary>An IANA time zone id such as "Asia/Riyadh"; every interval and holiday is local to it.</summary>
    public required string TimeZoneId { get; set; }
    public List<OpeningInterval> Weekly { get; set; } = [];
    /// <summary>Local dates on which the business is closed all day.</summary>
    public List<DateOnly> Holidays { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Every day, all day, in UTC: what applies before an admin sets hours, so nothing is held back.</summary>
    public static BusinessHours AlwaysOpen() => new()
    {
        TimeZoneId = "UTC",
        Weekly = Enum.GetValues<DayOfWeek>().Select(d => new OpeningInterval(d, TimeOnly.MinValue, TimeOnly.MinValue)).ToList(),
    };

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>
    /// Whether the business is open at this instant: within an interval of its local date, from the instant the
    /// opening time is reached to the instant the closing time is (see <see cref="NextOpening"/> for clock changes).
    /// </summary>
    public bool IsOpen(DateTimeOffset at)
    {
        var zone = TimeZone;
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        if (Holidays.Contains(date)) return false;
        return Weekly.Any(i => i.Day == date.DayOfWeek
            && ToInstant(date, i.Opens, zone) <= at
            && at < (i.EndsAtMidnight ? ToInstant(date.AddDays(1), TimeOnly.MinValue, zone) : ToInstant(date, i.Closes, zone)));
    }

    /// <summary>
    /// The first instant at or after <paramref name="at"/> when the business is open: <paramref name="at"/> itself
    /// when open now, null when it never opens (no intervals, or holidays cover the coming year). An opening that falls
    /// in a daylight-saving gap starts when the clocks have jumped; one in a repeated hour, at its first occurrence.
    /// </summary>
    public DateTimeOffset? NextOpening(DateTimeOffset at)
    {
        if (IsOpen(at)) return at;
        var zone = TimeZone;
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        // A year and a week: the weekly pattern repeats, so a longer search only meets more holidays.
        for (var day = start; day <= start.AddDays(372); day = day.AddDays(1))
        {
            if (Holidays.Contains(day)) continue;
            foreach (var interval in Weekly.Where(i => i.Day == day.DayOfWeek).OrderBy(i => i.Opens))
            {
                var opens = ToInstant(day, interval.Opens, zone);
                if (opens >= at) return opens;
            }
        }
        return null;
    }

    private static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        // In a spring-forward gap the wall clock skips these minutes: the first valid minute after is the opening.
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}

/// <summary>
/// Open on <see cref="Day"/> from <see cref="Opens"/> to <see cref="Closes"/> (local times). Closes at 00:00 means at
/// the end of the day (midnight), so 00:00–00:00 is the whole day. An interval does not cross midnight: hours past
/// midnight are written as a second interval on the next day, and the two join up.
/// </summary>
public sealed record OpeningInterval(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    [JsonIgnore] public bool EndsAtMidnight => Closes == TimeOnly.MinValue;

    public bool Contains(TimeOnly time) => time >= Opens && (EndsAtMidnight || time < Closes);

    [JsonIgnore] public bool IsValid => EndsAtMidnight || Opens < Closes;

    public bool Overlaps(OpeningInterval other) =>
        Day == other.Day && Opens.ToTimeSpan() < other.EffectiveClose && other.Opens.ToTimeSpan() < EffectiveClose;

    private TimeSpan EffectiveClose => EndsAtMidnight ? TimeSpan.FromDays(1) : Closes.ToTimeSpan();
}

internal sealed class BusinessHoursConfiguration : IEntityTypeConfiguration<BusinessHours>
{
    public void Configure(EntityTypeBuilder<BusinessHours> b)
    {
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.TimeZoneId).HasMaxLength(64);
        b.Property(h => h.Weekly).HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            v => JsonSerializer.Deserialize<List<OpeningInterval>>(v, JsonSerializerOptions.Default) ?? new(),
            new ValueComparer<List<OpeningInterval>>((a, c) => a!.SequenceEqual(c!), v => v.Count, v => v.ToList()));
        b.PrimitiveCollection(h => h.Holidays);
        b.Ignore(h => h.TimeZone);
    }
}
