namespace Wasel.Agents;

/// <summary>Marker for the strings of people and access: sign-in, account and admin pages (AgentsText.resx, AgentsText.ar.resx).</summary>
public sealed class AgentsText;
