using Wasel.Routing;

namespace Wasel.Tests.Routing;

/// <summary>The opening-hours rules away messages and SLA clocks rely on: pure logic, so called directly.</summary>
public class BusinessHoursTests
{
    private static OpeningInterval Open(DayOfWeek day, string opens, string closes) => new(day, TimeOnly.Parse(opens), TimeOnly.Parse(closes));

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso + "Z");

    private static BusinessHours Riyadh(params OpeningInterval[] weekly) => new() { TimeZoneId = "Asia/Riyadh", Weekly = [.. weekly] };

    private static BusinessHours SundayToThursdayNineToFive(string zone) => new()
    {
        TimeZoneId = zone,
        Weekly = [.. new[] { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday }
            .Select(d => Open(d, "09:00", "17:00"))],
    };

    [Fact]
    public void Opening_hours_are_read_on_the_numbers_local_clock_with_the_closing_minute_excluded()
    {
        var hours = SundayToThursdayNineToFive("Asia/Riyadh"); // UTC+3 all year

        Assert.False(hours.IsOpen(Utc("2026-11-29T05:59:59"))); // Sunday 08:59:59 in Riyadh
        Assert.True(hours.IsOpen(Utc("2026-11-29T06:00:00")));  // 09:00
        Assert.True(hours.IsOpen(Utc("2026-11-29T13:59:59")));  // 16:59:59
        Assert.False(hours.IsOpen(Utc("2026-11-29T14:00:00"))); // 17:00
        Assert.False(hours.IsOpen(Utc("2026-11-27T08:00:00"))); // Friday 11:00: no hours that day
    }

    [Fact]
    public void Next_opening_is_now_when_open_and_otherwise_the_next_interval_start()
    {
        var hours = SundayToThursdayNineToFive("Asia/Riyadh");

        var open = Utc("2026-11-29T07:00:00");
        Assert.Equal(open, hours.NextOpening(open));
        // Thursday 18:00 local: closed through Friday and Saturday, opens Sunday 09:00 (06:00 UTC).
        Assert.Equal(Utc("2026-11-29T06:00:00"), hours.NextOpening(Utc("2026-11-26T15:00:00")));
        // Before opening on the same day.
        Assert.Equal(Utc("2026-11-30T06:00:00"), hours.NextOpening(Utc("2026-11-30T02:00:00")));
    }

    [Fact]
    public void Several_intervals_a_day_leave_the_gap_between_them_closed()
    {
        var hours = Riyadh(Open(DayOfWeek.Sunday, "16:00", "21:00"), Open(DayOfWeek.Sunday, "09:00", "13:00"));

        Assert.True(hours.IsOpen(Utc("2026-11-29T09:30:00")));   // 12:30
        Assert.False(hours.IsOpen(Utc("2026-11-29T11:00:00")));  // 14:00, the midday break
        Assert.Equal(Utc("2026-11-29T13:00:00"), hours.NextOpening(Utc("2026-11-29T11:00:00"))); // 16:00
        Assert.True(hours.IsOpen(Utc("2026-11-29T17:59:00")));   // 20:59
    }

    [Fact]
    public void Hours_past_midnight_are_an_interval_ending_at_midnight_plus_one_on_the_next_day()
    {
        var hours = Riyadh(Open(DayOfWeek.Thursday, "20:00", "00:00"), Open(DayOfWeek.Friday, "00:00", "02:00"));

        Assert.True(hours.IsOpen(Utc("2026-12-03T20:59:59")));  // Thursday 23:59:59
        Assert.True(hours.IsOpen(Utc("2026-12-03T21:00:00")));  // Friday 00:00
        Assert.True(hours.IsOpen(Utc("2026-12-03T22:30:00")));  // Friday 01:30
        Assert.False(hours.IsOpen(Utc("2026-12-03T23:00:00"))); // Friday 02:00
        Assert.Equal(Utc("2026-12-10T17:00:00"), hours.NextOpening(Utc("2026-12-03T23:00:00"))); // next Thursday 20:00
    }

    [Fact]
    public void An_interval_crossing_midnight_or_overlapping_another_is_not_valid()
    {
        Assert.False(Open(DayOfWeek.Monday, "22:00", "02:00").IsValid);
        Assert.True(Open(DayOfWeek.Monday, "22:00", "00:00").IsValid);
        Assert.True(Open(DayOfWeek.Monday, "00:00", "00:00").IsValid); // the whole day
        Assert.True(Open(DayOfWeek.Monday, "09:00", "13:00").Overlaps(Open(DayOfWeek.Monday, "12:00", "00:00")));
        Assert.False(Open(DayOfWeek.Monday, "09:00", "13:00").Overlaps(Open(DayOfWeek.Monday, "13:00", "17:00")));
        Assert.False(Open(DayOfWeek.Monday, "09:00", "13:00").Overlaps(Open(DayOfWeek.Tuesday, "09:00", "13:00")));
    }

    [Fact]
    public void A_holiday_closes_its_local_date_even_where_the_utc_date_differs()
    {
        var hours = Riyadh([.. Enum.GetValues<DayOfWeek>().Select(d => Open(d, "00:00", "00:00"))]);
        hours.Holidays = [new DateOnly(2026, 12, 2)];

        Assert.True(hours.IsOpen(Utc("2026-12-01T20:59:00")));  // Tuesday 23:59 local
        Assert.False(hours.IsOpen(Utc("2026-12-01T21:30:00"))); // Wednesday 00:30 local, still 1 December in UTC
        Assert.Equal(Utc("2026-12-02T21:00:00"), hours.NextOpening(Utc("2026-12-01T21:30:00"))); // Thursday 00:00 local
    }

    [Fact]
    public void Consecutive_holidays_are_skipped_when_looking_for_the_next_opening()
    {
        var hours = SundayToThursdayNineToFive("Asia/Riyadh");
        hours.Holidays = [new DateOnly(2026, 11, 29), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 1)];

        Assert.Equal(Utc("2026-12-02T06:00:00"), hours.NextOpening(Utc("2026-11-27T10:00:00")));
    }

    [Fact]
    public void A_business_that_never_opens_has_no_next_opening()
    {
        Assert.Null(Riyadh().NextOpening(Utc("2026-11-29T06:00:00")));
        Assert.False(Riyadh().IsOpen(Utc("2026-11-29T06:00:00")));
    }

    [Fact]
    public void Until_hours_are_set_the_business_is_always_open()
    {
        var hours = BusinessHours.AlwaysOpen();
        foreach (var at in new[] { "2026-11-27T00:00:00", "2026-11-29T23:59:59", "2026-03-08T07:00:00" })
        {
            Assert.True(hours.IsOpen(Utc(at)));
            Assert.Equal(Utc(at), hours.NextOpening(Utc(at)));
        }
    }

    [Fact]
    public void Opening_at_nine_follows_daylight_saving_time_to_a_different_utc_instant()
    {
        var hours = new BusinessHours { TimeZoneId = "Europe/London", Weekly = [Open(DayOfWeek.Monday, "09:00", "17:00")] };

        Assert.False(hours.IsOpen(Utc("2026-03-23T08:30:00"))); // GMT: 08:30 local
        Assert.True(hours.IsOpen(Utc("2026-03-30T08:30:00")));  // BST: 09:30 local
        Assert.Equal(Utc("2026-03-23T09:00:00"), hours.NextOpening(Utc("2026-03-22T12:00:00")));
        Assert.Equal(Utc("2026-03-30T08:00:00"), hours.NextOpening(Utc("2026-03-29T12:00:00"))); // the week the clocks went forward
    }

    [Fact]
    public void An_opening_in_the_spring_forward_gap_starts_when_the_clocks_have_jumped()
    {
        // New York, Sunday 8 March 2026: 02:00 EST jumps to 03:00 EDT, so 02:30 never happens.
        var hours = new BusinessHours { TimeZoneId = "America/New_York", Weekly = [Open(DayOfWeek.Sunday, "02:30", "10:00")] };

        Assert.Equal(Utc("2026-03-08T07:00:00"), hours.NextOpening(Utc("2026-03-08T01:00:00"))); // 03:00 EDT
        Assert.True(hours.IsOpen(Utc("2026-03-08T07:30:00")));
        Assert.False(hours.IsOpen(Utc("2026-03-08T14:00:00"))); // 10:00 EDT
    }

    [Fact]
    public void An_opening_in_the_repeated_hour_starts_at_its_first_occurrence()
    {
        // New York, Sunday 1 November 2026: 02:00 EDT falls back to 01:00 EST, so 01:30 happens twice.
        var hours = new BusinessHours { TimeZoneId = "America/New_York", Weekly = [Open(DayOfWeek.Sunday, "01:30", "09:00")] };

        Assert.Equal(Utc("2026-11-01T05:30:00"), hours.NextOpening(Utc("2026-11-01T01:00:00"))); // 01:30 EDT
        Assert.True(hours.IsOpen(Utc("2026-11-01T06:15:00")));  // 01:15 EST, the second pass, after opening
        Assert.True(hours.IsOpen(Utc("2026-11-01T13:59:00")));  // 08:59 EST
        Assert.False(hours.IsOpen(Utc("2026-11-01T14:00:00"))); // 09:00 EST
    }
}
