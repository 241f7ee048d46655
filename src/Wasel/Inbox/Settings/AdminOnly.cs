using Wasel.Agents;
using Wasel.Platform.Http;

namespace Wasel.Inbox.Settings;

/// <summary>
/// The server-side check every admin use case makes on the <see cref="Staff"/> it is given, whatever the page's
/// attribute says: settings change how every agent works, so only admins may read or change them.
/// </summary>
public static class AdminOnly
{
    public static readonly Problem Refused = new(StatusCodes.Status403Forbidden, "Admins only",
        "Only an admin may manage settings. Ask an admin to make this change or to give you the admin role.");

    public static bool Refuses(Staff? staff) => staff is not { IsAdmin: true };
}
