namespace Wasel.Agents;

/// <summary>The three roles (Identity role names). Admins see and manage everything; supervisors see their teams'
/// conversations; agents see their teams' conversations and those assigned to them.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Supervisor = "supervisor";
    public const string Agent = "agent";

    public static readonly IReadOnlyList<string> All = [Admin, Supervisor, Agent];
}
