using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Graph.Messages;

/// <summary>POST /{phone-number-id}/messages: sends, and read receipts / typing indicators, which share the path.</summary>
internal static class MessagesEndpoint
{
    public static void MapMessages(this IEndpointRouteBuilder graph) => graph.MapPost("/{phoneNumberId}/messages", HandleAsync);

    private static async Task<IResult> HandleAsync(string phoneNumberId, HttpRequest request, SandboxState state, MessageSender sender)
    {
        if (phoneNumberId != state.Settings.PhoneNumberId) return GraphError.UnknownObject(phoneNumberId, "post").ToResult();
        var (body, error) = await GraphRequest.ReadAsync(request);
        if (body is null) return error!.ToResult();
        var product = JsonFields.String(body, "messaging_product");
        if (string.IsNullOrEmpty(product)) return GraphError.InvalidParameter("The parameter messaging_product is required.").ToResult();
        if (product != "whatsapp") return GraphError.InvalidParameter("Param messaging_product must be one of {WHATSAPP} - got \"" + product + "\".").ToResult();
        if (JsonFields.Has(body, "status")) return ReadReceipt.Handle(body, state);
        return sender.Send(body);
    }
}
