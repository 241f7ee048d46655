using System.Text.Json.Nodes;

namespace Wasel.Contract.Tests.Infrastructure;

/// <summary>
/// Wraps one change published by the sandbox in the notification envelope Meta posts (object, entry[].id = WABA,
/// entry[].time on non-message fields, changes[]), as webhook delivery would.
/// </summary>
public static class MetaEnvelope
{
    public static string Wrap(string wabaId, string field, JsonObject value, DateTimeOffset at)
    {
        var entry = new JsonObject { ["id"] = wabaId };
        if (field != "messages") entry["time"] = at.ToUnixTimeSeconds();
        entry["changes"] = new JsonArray(new JsonObject { ["field"] = field, ["value"] = value.DeepClone() });
        return new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(entry),
        }.ToJsonString();
    }
}
