using Wasel.Platform.Http;

namespace Wasel.Agents;

/// <summary>The check every admin use case makes on the person it is given, whatever page or command called it.</summary>
public static class AdminOnly
{
    /// <summary>Null when <paramref name="caller"/> is an admin; otherwise the 403 problem to return.</summary>
    public static Problem? Refuse(Staff? caller) => caller is { IsAdmin: true }
        ? null
        : new Problem(StatusCodes.Status403Forbidden, "Admins only", "Only an admin can manage agents, teams and API keys.");

    /// <summary>The caller for commands run on the server's own machine, whose operator administers it.</summary>
    public static Staff CommandLine { get; } = new("system:command-line", "Command line", Roles.Admin, new HashSet<long>());
}
