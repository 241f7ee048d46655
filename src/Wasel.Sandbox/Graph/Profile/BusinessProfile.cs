using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Profile;

/// <summary>The business number's WhatsApp profile (about, address, description, email, picture, websites, vertical).</summary>
public sealed class BusinessProfile
{
    public static readonly string[] Fields = ["about", "address", "description", "email", "profile_picture_url", "websites", "vertical"];

    private readonly JsonObject profile = Initial();

    public BusinessProfile(SandboxState state) => state.Resetting += () =>
    {
        lock (profile)
        {
            profile.Clear();
            foreach (var (key, value) in Initial()) profile[key] = value?.DeepClone();
        }
    };

    public JsonObject Read(IReadOnlySet<string>? fields)
    {
        var result = new JsonObject();
        lock (profile)
            foreach (var (key, value) in profile)
                if (fields is null || fields.Contains(key)) result[key] = value?.DeepClone();
        result["messaging_product"] = "whatsapp";
        return result;
    }

    public void Update(JsonObject changes)
    {
        lock (profile)
            foreach (var (key, value) in changes) profile[key] = value?.DeepClone();
    }

    private static JsonObject Initial() => new()
    {
        ["about"] = "Hey there! I am using WhatsApp.",
        ["vertical"] = "UNDEFINED",
        ["websites"] = new JsonArray(),
    };
}
