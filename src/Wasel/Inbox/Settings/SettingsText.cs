namespace Wasel.Inbox.Settings;

/// <summary>Marker for the canned responses and labels pages' strings (SettingsText.resx, SettingsText.ar.resx).</summary>
public sealed class SettingsText;
