namespace Wasel.Platform.Ui;

/// <summary>Marker for the shell's strings (UiText.resx, UiText.ar.resx).</summary>
public sealed class UiText;
