namespace Wasel.BusinessProfile;

/// <summary>Marker for the WhatsApp connection and business profile pages' strings (BusinessProfileText.resx, .ar.resx).</summary>
public sealed class BusinessProfileText;
