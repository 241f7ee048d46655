using System.Net.Mail;
using System.Text.Json.Nodes;
using System.Security.Cryptography;
using Wasel.Sandbox.Graph.Media;
using Wasel.Sandbox.Graph.Uploads;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Profile;

/// <summary>GET/POST /{phone-number-id}/whatsapp_business_profile (business profiles page, §7).</summary>
internal static class BusinessProfileEndpoints
{
    private static readonly string[] Verticals =
    [
        "UNDEFINED", "OTHER", "AUTO", "BEAUTY", "APPAREL", "EDU", "ENTERTAIN", "EVENT_PLAN", "FINANCE", "GROCERY", "GOVT", "HOTEL",
        "HEALTH", "NONPROFIT", "PROF_SERVICES", "RETAIL", "TRAVEL", "RESTAURANT", "ALCOHOL", "ONLINE_GAMBLING", "PHYSICAL_GAMBLING",
        "OTC_DRUGS", "NOT_A_BIZ",
    ];

    private static readonly Dictionary<string, int> MaxLengths = new() { ["about"] = 139, ["address"] = 256, ["description"] = 512, ["email"] = 128 };

    public static void MapBusinessProfile(this IEndpointRouteBuilder graph)
    {
        graph.MapGet("/{phoneNumberId}/whatsapp_business_profile", (string phoneNumberId, HttpRequest request, SandboxState state, BusinessProfile profile) =>
            phoneNumberId != state.Settings.PhoneNumberId
                ? GraphError.UnknownObject(phoneNumberId, "get").ToResult()
                : Results.Json(new JsonObject { ["data"] = new JsonArray(profile.Read(GraphRequest.Fields(request))) }));
        graph.MapPost("/{phoneNumberId}/whatsapp_business_profile", UpdateAsync);
    }

    public const string PicturePath = "profile-picture";

    /// <summary>GET {prefix}/profile-picture/{id}: the current picture's bytes, without a token (browsers load it).</summary>
    public static void MapProfilePicture(this IEndpointRouteBuilder app, string prefix) =>
        app.MapGet($"{prefix}/{PicturePath}/{{pictureId}}", (string pictureId, BusinessProfile profile) =>
            profile.FindPicture(pictureId) is { } picture ? Results.Bytes(picture.Content, picture.MimeType) : Results.NotFound())
            .ExcludeFromDescription();

    private static async Task<IResult> UpdateAsync(string phoneNumberId, HttpRequest request, SandboxState state, BusinessProfile profile, UploadStore uploads)
    {
        if (phoneNumberId != state.Settings.PhoneNumberId) return GraphError.UnknownObject(phoneNumberId, "post").ToResult();
        var (body, error) = await GraphRequest.ReadAsync(request);
        if (body is null) return error!.ToResult();
        if (JsonFields.String(body, "messaging_product") != "whatsapp") return GraphError.InvalidParameter("The parameter messaging_product is required and must be whatsapp.").ToResult();
        var changes = new JsonObject();
        foreach (var (field, max) in MaxLengths)
        {
            if (JsonFields.String(body, field) is not { } text) continue;
            if (text.Length > max) return GraphError.InvalidParameter($"Param {field} must be at most {max} characters long.").ToResult();
            if (field == "about" && text.Length == 0) return GraphError.InvalidParameter("Param about must not be empty.").ToResult();
            if (field == "email" && text.Length > 0 && !MailAddress.TryCreate(text, out _)) return GraphError.InvalidParameter("Param email must be a valid email address.").ToResult();
            changes[field] = text;
        }
        if (JsonFields.String(body, "vertical") is { } vertical)
        {
            if (!Verticals.Contains(vertical)) return GraphError.InvalidParameter($"Param vertical must be one of {{{string.Join(", ", Verticals)}}}.").ToResult();
            changes["vertical"] = vertical;
        }
        if (JsonFields.Has(body, "websites"))
        {
            var websites = JsonFields.Array(body, "websites");
            if (websites is null) return GraphError.InvalidParameter("Param websites must be an array of URLs.").ToResult();
            if (websites.Count > 2) return GraphError.InvalidParameter("Param websites must have at most 2 elements.").ToResult();
            foreach (var site in websites.Select(w => w?.GetValueKind() == System.Text.Json.JsonValueKind.String ? w.GetValue<string>() : null))
                if (site is null || site.Length > 256 || !Uri.TryCreate(site, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    return GraphError.InvalidParameter("Param websites must hold http(s) URLs of at most 256 characters.").ToResult();
            changes["websites"] = websites.DeepClone();
        }
        ProfilePicture? picture = null;
        if (JsonFields.String(body, "profile_picture_handle") is { Length: > 0 } handle)
        {
            if (uploads.FindFile(handle) is not { } file)
                return GraphError.InvalidParameter("Param profile_picture_handle is not a valid file handle: upload the picture with the Resumable Upload API and pass the h it returns.").ToResult();
            if (file.MimeType is not ("image/jpeg" or "image/jpg" or "image/png"))
                return GraphError.InvalidParameter($"Param profile_picture_handle must be a JPEG or PNG image, not {file.MimeType}.").ToResult();
            picture = new ProfilePicture(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), file.Content, file.MimeType);
            changes["profile_picture_url"] = $"{MediaEndpoints.SandboxBase(request, state.Settings)}/graph/{PicturePath}/{picture.Id}";
        }
        profile.Update(changes, picture);
        return Results.Json(new JsonObject { ["success"] = true });
    }
}
