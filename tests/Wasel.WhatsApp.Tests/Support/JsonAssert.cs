using System.Text.Json;
using System.Text.Json.Nodes;
using Wasel.WhatsApp.Json;
using Wasel.WhatsApp.Messages;

namespace Wasel.WhatsApp.Tests.Support;

/// <summary>Compares JSON as trees, so that property order and whitespace do not matter but every value does.</summary>
internal static class JsonAssert
{
    public static void Equivalent(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(expectedNode, actualNode),
            $"JSON differs.\nExpected:\n{expectedNode?.ToJsonString()}\nActual:\n{actualNode?.ToJsonString()}");
    }

    public static void Serializes(OutgoingMessage message, string expected) =>
        Equivalent(expected, JsonSerializer.Serialize(message, WhatsAppJsonContext.Default.OutgoingMessage));
}
