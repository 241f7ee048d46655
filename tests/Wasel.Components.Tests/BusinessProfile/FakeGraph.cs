using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Wasel.Components.Tests.BusinessProfile;

/// <summary>A stand-in for the Graph API behind the real client: the profile and number reads, and profile writes.</summary>
public sealed class FakeGraph : HttpMessageHandler
{
    public JsonObject Profile { get; } = new()
    {
        ["about"] = "Fresh dates every day", ["address"] = "Olaya St, Riyadh", ["email"] = "care@dates.example",
        ["websites"] = new JsonArray("https://dates.example"), ["vertical"] = "GROCERY",
        ["profile_picture_url"] = "https://pps.whatsapp.net/v/photo.jpg",
    };

    /// <summary>When set, every call answers with this Graph error (HTTP status, code, message).</summary>
    public (int Status, int Code, string Message)? Failure { get; set; }

    public List<string> Posts { get; } = [];

    /// <summary>Files received by the Resumable Upload data POST.</summary>
    public List<byte[]> Uploads { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Failure is { } f)
            return Json((HttpStatusCode)f.Status, new JsonObject { ["error"] = new JsonObject { ["message"] = f.Message, ["type"] = "OAuthException", ["code"] = f.Code } });
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Post && path.EndsWith("/uploads"))
            return Json(HttpStatusCode.OK, new JsonObject { ["id"] = "upload:1" });
        if (request.Method == HttpMethod.Post && path.EndsWith("/upload:1"))
        {
            Uploads.Add(await request.Content!.ReadAsByteArrayAsync(cancellationToken));
            return Json(HttpStatusCode.OK, new JsonObject { ["h"] = "4::handle" });
        }
        if (request.Method == HttpMethod.Post)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            Posts.Add(body);
            foreach (var (key, value) in JsonNode.Parse(body)!.AsObject())
                if (key == "profile_picture_handle") Profile["profile_picture_url"] = "https://pps.whatsapp.net/v/new.jpg";
                else if (key != "messaging_product") Profile[key] = value?.DeepClone();
            return Json(HttpStatusCode.OK, new JsonObject { ["success"] = true });
        }
        if (path.EndsWith("/whatsapp_business_profile"))
            return Json(HttpStatusCode.OK, new JsonObject { ["data"] = new JsonArray(Profile.DeepClone()) });
        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["id"] = "106540352242922", ["display_phone_number"] = "+966 55 012 3456", ["verified_name"] = "Dates & Co",
            ["quality_rating"] = "GREEN", ["code_verification_status"] = "VERIFIED", ["name_status"] = "APPROVED",
            ["throughput"] = new JsonObject { ["level"] = "STANDARD" }, ["status"] = "CONNECTED", ["platform_type"] = "CLOUD_API",
            ["whatsapp_business_manager_messaging_limit"] = "TIER_2K",
        });
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}
