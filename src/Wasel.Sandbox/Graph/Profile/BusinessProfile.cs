using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Profile;

/// <summary>The business number's WhatsApp profile (about, address, description, email, picture, websites, vertical).</summary>
public sealed class BusinessProfile
{
    public static readonly string[] Fields = ["about", "address", "description", "email", "profile_picture_url", "websites", "vertical"];

    private readonly JsonObject profile = Initial();
    private ProfilePicture? picture;

    public BusinessProfile(SandboxState state) => state.Resetting += () =>
    {
        lock (profile)
        {
            profile.Clear();
            foreach (var (key, value) in Initial()) profile[key] = value?.DeepClone();
            picture = null;
        }
    };

    /// <summary>The current picture if <paramref name="id"/> names it; an old picture's URL stops working, as Meta's do.</summary>
    public ProfilePicture? FindPicture(string id)
    {
        lock (profile) return picture?.Id == id ? picture : null;
    }

    public JsonObject Read(IReadOnlySet<string>? fields)
    {
        var result = new JsonObject();
        lock (profile)
            foreach (var (key, value) in profile)
                if (fields is null || fields.Contains(key)) result[key] = value?.DeepClone();
        result["messaging_product"] = "whatsapp";
        return result;
    }

    public void Update(JsonObject changes, ProfilePicture? newPicture = null)
    {
        lock (profile)
        {
            foreach (var (key, value) in changes) profile[key] = value?.DeepClone();
            if (newPicture is not null) picture = newPicture;
        }
    }

    private static JsonObject Initial() => new()
    {
        ["about"] = "Hey there! I am using WhatsApp.",
        ["vertical"] = "UNDEFINED",
        ["websites"] = new JsonArray(),
    };
}

/// <summary>The profile picture's bytes, served at the profile_picture_url the profile reports.</summary>
public sealed record ProfilePicture(string Id, byte[] Content, string MimeType);
