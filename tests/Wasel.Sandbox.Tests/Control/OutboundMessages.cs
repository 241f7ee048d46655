using System.Text.Json.Nodes;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Tests.Control;

/// <summary>Puts business messages on a customer's phone directly, as the Graph API does when it accepts a send.</summary>
internal static class OutboundMessages
{
    public static SandboxMessage Add(SandboxState state, string waId, string type, JsonObject body, JsonObject? rendered = null)
    {
        var message = new SandboxMessage
        {
            Id = SandboxState.NewMessageId(), Direction = MessageDirection.Outbound, Type = type, Body = body,
            Timestamp = state.Clock.UtcNow, Status = "delivered", Rendered = rendered,
        };
        state.AddMessage(state.FindCustomer(waId)!, message);
        return message;
    }

    public static SandboxMessage AddText(SandboxState state, string waId, string text) =>
        Add(state, waId, "text", new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["body"] = text } });

    public static SandboxMessage AddButtons(SandboxState state, string waId) =>
        Add(state, waId, "interactive", JsonNode.Parse("""
            {"type":"interactive","interactive":{"type":"button","body":{"text":"Confirm your order?"},
             "action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}},{"type":"reply","reply":{"id":"no","title":"No"}}]}}}
            """)!.AsObject());

    public static SandboxMessage AddList(SandboxState state, string waId) =>
        Add(state, waId, "interactive", JsonNode.Parse("""
            {"type":"interactive","interactive":{"type":"list","body":{"text":"Pick a branch"},
             "action":{"button":"Branches","sections":[{"title":"Riyadh","rows":[{"id":"olaya","title":"Olaya","description":"Open till 11"}]}]}}}
            """)!.AsObject());

    public static SandboxMessage AddTemplate(SandboxState state, string waId) =>
        Add(state, waId, "template",
            JsonNode.Parse("""{"type":"template","template":{"name":"order_ready","language":{"code":"en"}}}""")!.AsObject(),
            JsonNode.Parse("""{"body":"Your order is ready","buttons":[{"type":"quick_reply","text":"On my way","payload":"omw"},{"type":"url","text":"Track","url":"https://x.y"}]}""")!.AsObject());
}
