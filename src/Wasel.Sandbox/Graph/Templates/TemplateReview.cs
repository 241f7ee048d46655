namespace Wasel.Sandbox.Graph.Templates;

/// <summary>
/// The sandbox's stand-in for Meta's review. A template is REJECTED with ABUSIVE_CONTENT when its text contains a
/// word from <c>TemplateBannedWords</c>, and with PROMOTIONAL when a UTILITY or AUTHENTICATION template reads like
/// marketing (sale, discount, offer, promo, coupon, "% off"); anything else is APPROVED.
/// </summary>
public static class TemplateReview
{
    private static readonly string[] PromotionalWords = ["sale", "discount", "offer", "promo", "coupon", "% off"];

    public static (string Status, string Reason) Decide(MessageTemplate template, SandboxOptions settings)
    {
        var text = string.Join(' ', template.Components.OfType<System.Text.Json.Nodes.JsonObject>()
            .Select(c => JsonFields.String(c, "text"))).ToLowerInvariant();
        var banned = (settings.TemplateBannedWords ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (banned.Any(word => text.Contains(word.ToLowerInvariant(), StringComparison.Ordinal))) return ("REJECTED", "ABUSIVE_CONTENT");
        if (template.Category != "MARKETING" && PromotionalWords.Any(word => text.Contains(word, StringComparison.Ordinal)))
            return ("REJECTED", "PROMOTIONAL");
        return ("APPROVED", "NONE");
    }
}
