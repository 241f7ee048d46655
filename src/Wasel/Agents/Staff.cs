namespace Wasel.Agents;

/// <summary>
/// The signed-in person as access rules see them: built on the server for every request or circuit from the
/// database (never from anything the browser sends), so a role or team change applies at once.
/// </summary>
public sealed record Staff(string Id, string DisplayName, string Role, IReadOnlySet<long> TeamIds)
{
    public bool IsAdmin => Role == Roles.Admin;
    public bool IsSupervisor => Role == Roles.Supervisor;
}
