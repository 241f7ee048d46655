using System.Text.Json.Nodes;
using Wasel.Sandbox.Rules;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph;

/// <summary>GET /{phone-number-id}?fields=…: the business number's node (phone-number API reference, §5.3).</summary>
internal sealed class PhoneNumberFields(SandboxState state, QualityRating quality, MessagingLimits limits, ThroughputLimiter throughput)
{
    private static readonly string[] DefaultFields = ["id", "display_phone_number", "verified_name", "quality_rating"];

    public IResult Read(IReadOnlySet<string>? fields)
    {
        limits.Refresh();
        var settings = state.Settings;
        var all = new Dictionary<string, Func<JsonNode?>>
        {
            ["id"] = () => settings.PhoneNumberId,
            ["display_phone_number"] = () => settings.DisplayPhoneNumber,
            ["verified_name"] = () => settings.VerifiedName,
            ["quality_rating"] = () => quality.Current,
            ["messaging_limit_tier"] = () => limits.TierName,
            ["whatsapp_business_manager_messaging_limit"] = () => limits.TierName,
            ["throughput"] = () => new JsonObject { ["level"] = settings.ThroughputLevel, ["limit_per_second"] = throughput.CurrentLimit },
            ["code_verification_status"] = () => "VERIFIED",
            ["name_status"] = () => "APPROVED",
            ["platform_type"] = () => "CLOUD_API",
            ["status"] = () => "CONNECTED",
            ["is_official_business_account"] = () => false,
            ["account_mode"] = () => "LIVE",
        };
        var result = new JsonObject();
        foreach (var field in fields ?? DefaultFields.ToHashSet())
        {
            if (!all.TryGetValue(field, out var value))
                return GraphError.InvalidParameter($"Tried accessing nonexisting field ({field}) on node type (WhatsAppBusinessPhoneNumber)").ToResult();
            result[field] = value();
        }
        result["id"] = settings.PhoneNumberId;
        return Results.Json(result);
    }
}
