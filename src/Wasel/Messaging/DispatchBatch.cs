using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wasel.Inbox;
using Wasel.Platform.Data;
using Wasel.WhatsApp;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;
using DeliveryState = Wasel.Conversations.DeliveryState;
using Message = Wasel.Conversations.Message;

namespace Wasel.Messaging;

/// <summary>
/// One round of sending: loads the claimed rows, decides per message (send, wait for reconciliation, or drop a row
/// a status webhook already settled), sends in parallel, and records every outcome in one transaction.
/// Exactly-once rests on three facts: the claim marks a row before its send; a row found still marked was
/// interrupted and is not sent again until <see cref="DispatchOptions.ReconcileWait"/> has passed without a status;
/// and every send carries biz_opaque_callback_data = "wasel:{id}", so statuses name the message even when its
/// wamid was never recorded.
/// </summary>
public sealed class DispatchBatch(WaselDb db, IDbContextFactory<WaselDb> dbFactory, WhatsAppClient client, SendPacer pacer, TimeProvider time,
    IOptions<DispatchOptions> options, InboxNotifier notifier, ILogger<DispatchBatch> log)
{
    private abstract record Outcome;
    private sealed record Accepted(string WaMessageId) : Outcome;
    private sealed record Refused(WhatsAppError Error) : Outcome;
    private sealed record Ambiguous : Outcome;
    private sealed record Unreachable(string Reason) : Outcome;

    public async Task HandleAsync(Guid leaseToken, IReadOnlySet<long> interrupted, CancellationToken cancellationToken)
    {
        // Losing this round's record to a power cut leaves rows marked as claimed: they are reconciled, not resent.
        await db.UseRedoableWritesAsync(cancellationToken);
        var now = time.GetUtcNow();
        // The contact's number is all a send needs of it: tracking contacts would copy and compare their attributes
        // and tags at every change scan. The conversation is tracked for the live updates' audience.
        var claimed = await db.OutboundDispatches.Where(d => d.LeaseToken == leaseToken)
            .Select(d => new { Row = d, d.Message, d.Message.Conversation, d.Message.Conversation.Contact.WaId })
            .ToListAsync(cancellationToken);
        var rows = claimed.Select(c => c.Row).ToList();
        var recipients = claimed.ToDictionary(c => c.Row.Id, c => c.WaId);

        var toSend = new List<OutboundDispatch>();
        foreach (var row in rows)
        {
            var message = row.Message;
            if (message.WaMessageId is not null || StatusTransition.Rank(message.State) >= StatusTransition.Rank(DeliveryState.Accepted))
                db.Remove(row); // a status webhook settled it while it waited
            else if (interrupted.Contains(row.Id) || message.State == DeliveryState.Sending)
                AwaitReconciliation(row, now);
            else
                toSend.Add(row);
        }

        var outcomes = new Outcome[toSend.Count];
        await Parallel.ForAsync(0, toSend.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => outcomes[i] = await SendAsync(toSend[i].Message, recipients[toSend[i].Id], ct));

        var accepted = new List<string>();
        for (var i = 0; i < toSend.Count; i++)
            if (Record(db, toSend[i], outcomes[i], now) is { } wamid) accepted.Add(wamid);
        try
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            await ApplyEarlyStatusesAsync(db, accepted, cancellationToken);
            var live = notifier.Track(db);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await live.PublishAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A status webhook updated one of these messages while they were being sent (it can overtake the answer):
            // record each outcome on its own, on fresh rows, so one conflict does not hold back the whole batch.
            db.ChangeTracker.Clear();
            for (var i = 0; i < toSend.Count; i++) await RecordAloneAsync(toSend[i].Id, leaseToken, outcomes[i], now, cancellationToken);
        }
    }

    private async Task RecordAloneAsync(long rowId, Guid leaseToken, Outcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await using var alone = await dbFactory.CreateDbContextAsync(cancellationToken);
            await alone.UseRedoableWritesAsync(cancellationToken);
            var row = await alone.OutboundDispatches.Include(d => d.Message)
                .FirstOrDefaultAsync(d => d.Id == rowId && d.LeaseToken == leaseToken, cancellationToken);
            if (row is null) return;
            try
            {
                await using var transaction = await WriteTransaction.BeginAsync(alone, cancellationToken);
                if (Record(alone, row, outcome, now) is { } wamid) await ApplyEarlyStatusesAsync(alone, [wamid], cancellationToken);
                var live = notifier.Track(alone);
                await alone.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                await live.PublishAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) { }
        }
        log.LogWarning("Could not record the outcome for dispatch {Id}; its lease will expire and it will be reconciled", rowId);
    }

    private async Task<Outcome> SendAsync(Message message, string to, CancellationToken cancellationToken)
    {
        var outgoing = OutgoingMessage.FromJson(message.Content) with { To = to };
        await pacer.WaitTurnAsync(cancellationToken);
        try
        {
            var result = await client.SendAsync(outgoing.WithCallbackData(RecordMessageStatus.CallbackFor(message.Id)), cancellationToken);
            return new Accepted(result.MessageId);
        }
        catch (WhatsAppApiException e) { return new Refused(e.Error); }
        catch (WhatsAppAmbiguousSendException) { return new Ambiguous(); }
        catch (WhatsAppValidationException e)
        {
            // Validated when queued, so only a change of limits since then gets here; sending it again cannot help.
            return new Refused(new WhatsAppError
            {
                HttpStatus = 400, Code = 131009, Title = "Parameter value is not valid",
                Details = string.Join(" ", e.Errors.Select(x => $"{x.Field}: {x.Message}")), Explanation = WhatsAppErrorCatalog.Explain(131009),
            });
        }
        catch (HttpRequestException e) { return new Unreachable(e.Message); }
    }

    /// <summary>Applies an outcome to the tracked row and message; returns the wamid when WhatsApp accepted it.</summary>
    private string? Record(WaselDb context, OutboundDispatch row, Outcome outcome, DateTimeOffset now)
    {
        var message = row.Message;
        message.Version++;
        switch (outcome)
        {
            case Accepted(var wamid):
                // A status naming this message by its callback data may have recorded the wamid and a later state already.
                message.WaMessageId ??= wamid;
                if (StatusTransition.Rank(message.State) < StatusTransition.Rank(DeliveryState.Accepted)) message.State = DeliveryState.Accepted;
                context.Remove(row);
                return wamid;
            case Refused(var error) when error.Explanation.Retryable && row.Attempts + 1 < options.Value.MaxAttempts:
                Retry(row, now, $"{error.Code}: {error.Title}");
                break;
            case Refused(var error):
                message.State = DeliveryState.Failed;
                message.FailedAt = now;
                message.ErrorCode = error.Code;
                message.ErrorTitle = error.Title;
                message.ErrorDetails = error.Details ?? error.Explanation.WhatToDo;
                context.Remove(row);
                break;
            case Ambiguous:
                AwaitReconciliation(row, now);
                break;
            case Unreachable(var reason):
                Retry(row, now, reason);
                break;
        }
        return null;
    }

    private void Retry(OutboundDispatch row, DateTimeOffset now, string reason)
    {
        row.Attempts++;
        row.Message.State = DeliveryState.Queued;
        row.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, row.Attempts)));
        row.LastError = reason.Length > 2000 ? reason[..2000] : reason;
        Release(row);
        log.LogWarning("Message {Id} will be retried: {Reason}", row.MessageId, reason);
    }

    private void AwaitReconciliation(OutboundDispatch row, DateTimeOffset now)
    {
        row.Message.State = DeliveryState.Unknown;
        row.Message.Version++;
        row.NextAttemptAt = now + options.Value.ReconcileWait;
        Release(row);
    }

    private static void Release(OutboundDispatch row)
    {
        row.LeasedUntil = null;
        row.LeaseToken = null;
    }

    private static async Task ApplyEarlyStatusesAsync(WaselDb context, List<string> wamids, CancellationToken cancellationToken)
    {
        if (wamids.Count == 0) return;
        var early = await context.EarlyStatuses.Where(s => wamids.Contains(s.WaMessageId)).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var status in early)
        {
            var message = context.ChangeTracker.Entries<Message>().First(e => e.Entity.WaMessageId == status.WaMessageId).Entity;
            StatusTransition.Apply(message, EarlyStatusReader.Read(status.Status));
            context.Remove(status);
        }
    }
}
