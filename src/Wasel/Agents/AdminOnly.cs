using Wasel.Platform.Http;

namespace Wasel.Agents;

/// <summary>
/// The check every admin use case makes on the person it is given, whatever page or command called it: agents,
/// teams, API keys and settings change how everyone works, so only admins may manage them.
/// </summary>
public static class AdminOnly
{
    public static readonly Problem Refused = new(StatusCodes.Status403Forbidden, "Admins only",
        "Only an admin can make this change. Ask an admin to make it or to give you the admin role.");

    /// <summary>Null when <paramref name="caller"/> is an admin; otherwise the 403 problem to return.</summary>
    public static Problem? Refuse(Staff? caller) => Refuses(caller) ? Refused : null;

    public static bool Refuses(Staff? caller) => caller is not { IsAdmin: true };

    /// <summary>The caller for commands run on the server's own machine, whose operator administers it.</summary>
    public static Staff CommandLine { get; } = new("system:command-line", "Command line", Roles.Admin, new HashSet<long>());
}
