using Wasel.Sandbox.State;
using Wasel.Sandbox.Webhooks;

namespace Wasel.Sandbox.Rules;

/// <summary>
/// The messaging limit: unique customers the business may reach outside a customer-service window in a moving 24 h.
/// Tiers rise by <c>MessagingLimitPolicy</c>: Portfolio and PerNumber when at least half the limit was reached in the
/// last 7 days with quality not RED; Seed when twice the limit was reached in 7 days. An upgrade takes effect
/// <c>TierUpgradeDelayHours</c> after its criteria are met, is applied when the limits are next consulted, and is
/// announced by a <c>phone_number_quality_update</c> webhook (event UPGRADE). There are no downgrades (Meta since 2025-10).
/// </summary>
public sealed class MessagingLimits
{
    private readonly SandboxState state;
    private readonly QualityRating quality;
    private readonly WebhookPublisher publisher;
    private readonly List<(string WaId, DateTimeOffset At)> reached = [];
    private int tierIndex = -1;
    private DateTimeOffset? upgradeDueAt;

    public MessagingLimits(SandboxState state, QualityRating quality, WebhookPublisher publisher)
    {
        this.state = state;
        this.quality = quality;
        this.publisher = publisher;
        state.Resetting += () =>
        {
            lock (reached)
            {
                reached.Clear();
                tierIndex = -1;
                upgradeDueAt = null;
            }
        };
    }

    public int? Limit { get { lock (reached) return Tiers[TierIndex]; } }

    public string TierName => MessagingTiers.Name(Limit);

    private IReadOnlyList<int?> Tiers => MessagingTiers.For(state.Settings);

    private int TierIndex
    {
        get
        {
            if (tierIndex < 0)
            {
                var initial = state.Settings.InitialMessagingLimit;
                var tiers = Tiers;
                var index = initial is null ? 0 : tiers.ToList().FindIndex(t => t is null || t >= initial);
                tierIndex = index < 0 ? tiers.Count - 1 : index;
            }
            return Math.Min(tierIndex, Tiers.Count - 1);
        }
    }

    /// <summary>
    /// Counts a business-initiated message to <paramref name="waId"/>; false when that would be one unique customer
    /// more than the limit allows in the last 24 h.
    /// </summary>
    public bool TryReach(string waId)
    {
        var now = state.Clock.UtcNow;
        lock (reached)
        {
            ApplyDueUpgrade(now);
            reached.RemoveAll(r => now - r.At >= TimeSpan.FromDays(7));
            var lastDay = reached.Where(r => now - r.At < TimeSpan.FromHours(24)).Select(r => r.WaId).ToHashSet();
            if (!lastDay.Contains(waId) && Tiers[TierIndex] is { } limit && lastDay.Count >= limit) return false;
            reached.Add((waId, now));
            ScheduleUpgradeIfEarned(now);
            ApplyDueUpgrade(now);
            return true;
        }
    }

    /// <summary>Applies an upgrade whose delay has passed (called when the phone-number fields are read).</summary>
    public void Refresh()
    {
        lock (reached) ApplyDueUpgrade(state.Clock.UtcNow);
    }

    private void ScheduleUpgradeIfEarned(DateTimeOffset now)
    {
        if (upgradeDueAt is not null || Tiers[TierIndex] is not { } limit || TierIndex == Tiers.Count - 1) return;
        var uniqueInWeek = reached.Select(r => r.WaId).Distinct().Count();
        var earned = state.Settings.MessagingLimitPolicy == MessagingLimitPolicy.Seed
            ? uniqueInWeek >= 2 * limit
            : uniqueInWeek * 2 >= limit && quality.Current != "RED";
        if (earned) upgradeDueAt = now.AddHours(state.Settings.TierUpgradeDelayHours);
    }

    private void ApplyDueUpgrade(DateTimeOffset now)
    {
        if (upgradeDueAt is not { } due || now < due) return;
        var old = TierName;
        tierIndex = TierIndex + 1;
        upgradeDueAt = null;
        publisher.Publish("phone_number_quality_update", QualityUpdateWebhook.Build(state.Settings, "UPGRADE", TierName, old));
    }
}
