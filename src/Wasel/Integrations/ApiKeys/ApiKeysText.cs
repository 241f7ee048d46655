namespace Wasel.Integrations.ApiKeys;

/// <summary>Marker for the API keys page's strings (ApiKeysText.resx, ApiKeysText.ar.resx).</summary>
public sealed class ApiKeysText;
