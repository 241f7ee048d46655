namespace Wasel.Routing;

/// <summary>Marker for the business hours page's strings (RoutingText.resx, RoutingText.ar.resx).</summary>
public sealed class RoutingText;
