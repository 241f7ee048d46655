using System.Text.Json.Nodes;
using Wasel.Sandbox.State;
using Wasel.WhatsApp.Messages;

namespace Wasel.Contract.Tests.Infrastructure;

/// <summary>Compares what the client sent with what the sandbox put on the customer's timeline.</summary>
public static class RecordedMessage
{
    /// <summary>
    /// The sandbox accepted <paramref name="sent"/> as <paramref name="result"/>, put it on the recipient's timeline
    /// with the same type-specific object, context and callback data, and planned no failure for it.
    /// </summary>
    public static SandboxMessage AssertRecordedAsSent(this ContractHost host, OutgoingMessage sent, SendResult result)
    {
        var recorded = host.Recorded(result.MessageId);
        var wire = JsonNode.Parse(sent.ToJson())!.AsObject();

        Assert.Equal(MessageDirection.Outbound, recorded.Direction);
        Assert.Equal(sent.Type, recorded.Type);
        AssertSameJson(wire[sent.Type], recorded.Body[sent.Type], sent.Type);
        AssertSameJson(wire["context"], recorded.Body["context"], "context");
        Assert.Equal(sent.BizOpaqueCallbackData, recorded.BizOpaqueCallbackData);
        Assert.Null(recorded.Error);

        var customer = host.State.FindCustomer(result.WaId!) ?? throw new Xunit.Sdk.XunitException($"No customer {result.WaId}.");
        lock (host.State.Sync) Assert.Contains(recorded, customer.Timeline);
        return recorded;
    }

    public static void AssertSameJson(JsonNode? expected, JsonNode? actual, string what)
    {
        if (!JsonNode.DeepEquals(expected, actual))
            throw new Xunit.Sdk.XunitException($"{what} differs.\nSent:     {expected?.ToJsonString() ?? "null"}\nRecorded: {actual?.ToJsonString() ?? "null"}");
    }
}
