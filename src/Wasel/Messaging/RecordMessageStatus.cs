using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wasel.Inbox;
using Wasel.Platform.Data;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.Messaging;

/// <summary>
/// Records a status webhook on the message it is about. A status for a wamid not yet known (it overtook the send's
/// response) is matched by the message id Wasel put in biz_opaque_callback_data, or else kept as an
/// <see cref="EarlyStatus"/> until the dispatcher records that wamid.
/// </summary>
public sealed class RecordMessageStatus(IDbContextFactory<WaselDb> dbFactory, TimeProvider time, InboxNotifier notifier)
{
    public const string CallbackPrefix = "wasel:";

    public async Task HandleAsync(MessageStatus status, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.UseRedoableWritesAsync(cancellationToken);
            var message = await db.Messages.FirstOrDefaultAsync(m => m.WaMessageId == status.Id, cancellationToken);
            if (message is null && OwnMessageId(status.BizOpaqueCallbackData) is { } ownId)
            {
                message = await db.Messages.FirstOrDefaultAsync(m => m.Id == ownId && m.WaMessageId == null, cancellationToken);
                if (message is not null) message.WaMessageId = status.Id;
            }
            if (message is null)
            {
                db.EarlyStatuses.Add(new EarlyStatus { WaMessageId = status.Id, Status = status.RawJson, ReceivedAt = time.GetUtcNow() });
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            if (!StatusTransition.Apply(message, status) && db.Entry(message).State == EntityState.Unchanged) return;
            var live = notifier.Track(db);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await live.PublishAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Another status for the same message was saved first; read it again and apply this one on top.
            }
        }
    }

    public static string CallbackFor(long messageId) => CallbackPrefix + messageId.ToString(CultureInfo.InvariantCulture);

    internal static long? OwnMessageId(string? callback) =>
        callback is not null && callback.StartsWith(CallbackPrefix, StringComparison.Ordinal)
        && long.TryParse(callback.AsSpan(CallbackPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
