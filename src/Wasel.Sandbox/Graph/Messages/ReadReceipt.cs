using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Messages;

/// <summary>
/// <c>{"status":"read","message_id":…}</c> on the messages endpoint (mark-as-read page): marks that inbound message and
/// every earlier one from the same customer read; an optional typing_indicator is accepted (it is not shown anywhere).
/// </summary>
internal static class ReadReceipt
{
    public static IResult Handle(JsonObject body, SandboxState state)
    {
        if (JsonFields.String(body, "status") != "read") return GraphError.InvalidParameter("Param status must be read.").ToResult();
        var messageId = JsonFields.String(body, "message_id");
        if (string.IsNullOrEmpty(messageId)) return GraphError.InvalidParameter("The parameter message_id is required.").ToResult();
        var typing = JsonFields.Object(body, "typing_indicator");
        if (typing is not null && JsonFields.String(typing, "type") != "text")
            return GraphError.InvalidParameter("Param typing_indicator['type'] must be text.").ToResult();

        var message = state.FindMessage(messageId);
        if (message is null || message.Direction != MessageDirection.Inbound)
            return GraphError.InvalidParameter($"Param message_id '{messageId}' is not a message received by this number.").ToResult();
        var customer = state.Customers.FirstOrDefault(c => { lock (state.Sync) return c.Timeline.Contains(message); });
        if (customer is not null)
            lock (state.Sync)
                foreach (var earlier in customer.Timeline.TakeWhile(m => m != message).Append(message))
                    if (earlier.Direction == MessageDirection.Inbound) earlier.Status = "read";
        return Results.Json(new JsonObject { ["success"] = true });
    }
}
