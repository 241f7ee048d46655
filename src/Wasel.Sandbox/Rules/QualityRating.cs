using System.Text.Json.Nodes;
using Wasel.Sandbox.State;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox.Rules;

public enum NegativeFeedback
{
    Block,
    Report,
}

/// <summary>
/// The number's quality rating (GREEN, YELLOW, RED) from blocks and reports within the last <c>QualityWindowHours</c>:
/// YELLOW from <c>QualityYellowAfter</c> of them, RED from twice as many. It recovers as they age out; the change is
/// noticed whenever the rating is read (a send, the phone-number fields) and then announced by a
/// <c>phone_number_quality_update</c> webhook.
/// </summary>
public sealed class QualityRating
{
    private readonly SandboxState state;
    private readonly WebhookPublisher publisher;
    private readonly IServiceProvider services;
    private readonly List<DateTimeOffset> feedback = [];
    private string announced = "GREEN";

    public QualityRating(SandboxState state, WebhookPublisher publisher, IServiceProvider services)
    {
        this.state = state;
        this.publisher = publisher;
        this.services = services;
        state.Resetting += () =>
        {
            lock (feedback)
            {
                feedback.Clear();
                announced = "GREEN";
            }
        };
    }

    public void Record(NegativeFeedback kind)
    {
        lock (feedback) feedback.Add(state.Clock.UtcNow);
        _ = Current;
    }

    /// <summary>The rating now; publishes a webhook when it differs from the last one announced.</summary>
    public string Current
    {
        get
        {
            var settings = state.Settings;
            var now = state.Clock.UtcNow;
            string rating, previous;
            lock (feedback)
            {
                feedback.RemoveAll(at => now - at >= TimeSpan.FromHours(settings.QualityWindowHours));
                rating = RatingFor(feedback.Count, settings.QualityYellowAfter);
                previous = announced;
                announced = rating;
            }
            if (rating != previous) publisher.Publish("phone_number_quality_update", QualityUpdateWebhook.Build(settings, EventFor(previous, rating), CurrentTier()));
            return rating;
        }
    }

    // Resolved when needed: the limits depend on the rating (no upgrade while RED), so they cannot be a constructor argument.
    private string CurrentTier() => services.GetRequiredService<MessagingLimits>().TierName;

    public static string RatingFor(int negativeFeedback, int yellowAfter) =>
        negativeFeedback >= 2 * yellowAfter ? "RED" : negativeFeedback >= yellowAfter ? "YELLOW" : "GREEN";

    /// <summary>
    /// Meta's current documents name no quality events on this field (only ONBOARDING, THROUGHPUT_UPGRADE); the sandbox
    /// uses the earlier names: FLAGGED when the rating falls, UNFLAGGED when it recovers.
    /// </summary>
    private static string EventFor(string previous, string next) => Rank(next) > Rank(previous) ? "FLAGGED" : "UNFLAGGED";

    private static int Rank(string rating) => rating switch { "RED" => 2, "YELLOW" => 1, _ => 0 };
}

/// <summary>The value of a <c>phone_number_quality_update</c> webhook.</summary>
public static class QualityUpdateWebhook
{
    public static JsonObject Build(SandboxOptions settings, string @event, string? tier, string? oldTier = null)
    {
        var value = new JsonObject
        {
            ["display_phone_number"] = settings.DisplayPhoneNumber,
            ["event"] = @event,
        };
        if (tier is not null)
        {
            // Both the field used until Feb 2026 and its replacement, so that old and new parsers find the tier.
            value["current_limit"] = tier;
            if (oldTier is not null) value["old_limit"] = oldTier;
            value["max_daily_conversations_per_business"] = tier;
        }
        return value;
    }
}
