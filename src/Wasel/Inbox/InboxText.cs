namespace Wasel.Inbox;

/// <summary>Marker for the inbox's strings (InboxText.resx, InboxText.ar.resx).</summary>
public sealed class InboxText;
