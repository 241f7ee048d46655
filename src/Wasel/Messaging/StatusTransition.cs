using Wasel.Conversations;
using WebhookState = Wasel.WhatsApp.Webhooks.DeliveryState;
using WebhookStatus = Wasel.WhatsApp.Webhooks.MessageStatus;

namespace Wasel.Messaging;

/// <summary>
/// Applies a status webhook to an outbound message. Statuses arrive late, twice or out of order, so a status only
/// moves a message forward (read is never replaced by delivered), each step's time is the earliest reported, and failed is taken only
/// before delivery and then kept with its error.
/// </summary>
public static class StatusTransition
{
    /// <summary>Returns true when the message changed.</summary>
    public static bool Apply(Message message, WebhookStatus status)
    {
        var at = status.Timestamp;
        var before = (message.State, message.SentAt, message.DeliveredAt, message.ReadAt, message.FailedAt, message.CostCategory);
        switch (status.State)
        {
            // A status sets its own time (the earliest, if repeated) and fills in the earlier steps it implies,
            // which the real status corrects if it arrives later.
            case WebhookState.Sent:
                message.SentAt = Earliest(message.SentAt, at);
                Advance(message, DeliveryState.Sent);
                break;
            case WebhookState.Delivered:
                message.DeliveredAt = Earliest(message.DeliveredAt, at);
                message.SentAt ??= at;
                Advance(message, DeliveryState.Delivered);
                break;
            case WebhookState.Read:
            case WebhookState.Played:
                message.ReadAt = Earliest(message.ReadAt, at);
                message.DeliveredAt ??= at;
                message.SentAt ??= at;
                Advance(message, DeliveryState.Read);
                break;
            case WebhookState.Failed when Rank(message.State) < Rank(DeliveryState.Delivered):
                message.State = DeliveryState.Failed;
                message.FailedAt ??= at;
                var error = status.Errors?.FirstOrDefault();
                message.ErrorCode = error?.Code;
                message.ErrorTitle = error?.Title ?? error?.Message;
                message.ErrorDetails = error?.ErrorData?.Details;
                break;
        }
        if ((status.Pricing?.Category ?? status.Conversation?.Origin?.Type) is { } category) message.CostCategory = category;
        if (status.Pricing?.Billable is { } billable) message.Billable = billable;

        var changed = before != (message.State, message.SentAt, message.DeliveredAt, message.ReadAt, message.FailedAt, message.CostCategory);
        if (changed) message.Version++;
        return changed;
    }

    private static DateTimeOffset Earliest(DateTimeOffset? current, DateTimeOffset at) => current is { } c && c < at ? c : at;

    private static void Advance(Message message, DeliveryState to)
    {
        if (message.State != DeliveryState.Failed && Rank(to) > Rank(message.State)) message.State = to;
    }

    /// <summary>Order of outbound states; Unknown (timed-out send) ranks with Sending: a status settles it.</summary>
    public static int Rank(DeliveryState state) => state switch
    {
        DeliveryState.Queued => 0,
        DeliveryState.Sending or DeliveryState.Unknown => 1,
        DeliveryState.Accepted => 2,
        DeliveryState.Sent => 3,
        DeliveryState.Delivered => 4,
        DeliveryState.Read => 5,
        _ => 6,
    };
}
