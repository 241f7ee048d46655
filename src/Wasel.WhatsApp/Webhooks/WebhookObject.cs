using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.Webhooks;

/// <summary>
/// Base of every typed webhook object. Meta adds fields without notice, so members this library does not model are
/// kept here as sent instead of being dropped.
/// </summary>
public abstract record WebhookObject
{
    /// <summary>JSON members of this object that have no typed property, by their JSON name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownMembers { get; set; }
}
