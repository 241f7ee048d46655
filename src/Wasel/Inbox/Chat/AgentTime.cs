namespace Wasel.Inbox.Chat;

/// <summary>
/// Times as the agent's browser reads them: the inbox page asks the browser for its time zone and cascades it, since
/// the server's own zone (often UTC) is nobody's wall clock. Until it is known, the server's zone is used.
/// </summary>
public static class AgentTime
{
    public static DateTimeOffset In(this DateTimeOffset at, TimeZoneInfo? zone) => TimeZoneInfo.ConvertTime(at, zone ?? TimeZoneInfo.Local);

    /// <summary>A wall-clock time typed in the agent's zone (e.g. a datetime-local input) as an instant.</summary>
    public static DateTimeOffset FromWallClock(DateTime local, TimeZoneInfo? zone)
    {
        zone ??= TimeZoneInfo.Local;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
