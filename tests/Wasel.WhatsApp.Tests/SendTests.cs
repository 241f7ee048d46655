using Microsoft.AspNetCore.Http;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Tests.Support;

namespace Wasel.WhatsApp.Tests;

public class SendTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Posts_to_versioned_messages_path_under_base_path_with_bearer_token()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenAccepted("wamid.HBgLMTY0");
        var client = graph.CreateClient();

        var result = await client.SendAsync(OutgoingMessage.Text("+16505551234", "Hello"), Ct);

        var request = Assert.Single(graph.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/sandbox/graph/v23.0/106540352242922/messages", request.Path);
        Assert.Equal("Bearer test-token", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
        JsonAssert.Equivalent(
            """{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"text","text":{"body":"Hello"}}""",
            request.BodyText);
        Assert.Equal("wamid.HBgLMTY0", result.MessageId);
        Assert.Equal("16505551234", result.WaId);
        Assert.Equal("+16505551234", result.Input);
        Assert.Equal("accepted", result.MessageStatus);
    }

    [Fact]
    public async Task Invalid_message_throws_validation_error_without_calling_meta()
    {
        await using var graph = await FakeGraph.StartAsync();
        var client = graph.CreateClient();
        var buttons = Enumerable.Range(0, 4).Select(i => ReplyButton.Create($"b{i}", $"B{i}")).ToArray();

        var exception = await Assert.ThrowsAsync<WhatsAppValidationException>(
            () => client.SendAsync(OutgoingMessage.Buttons("1", "Pick", buttons), Ct));

        Assert.Contains(exception.Errors, e => e.Field == "interactive.action.buttons[3]");
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task Mark_read_with_typing_indicator_posts_read_status()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenSuccess();
        var client = graph.CreateClient();

        await client.MarkReadAsync("wamid.IN", showTyping: true, Ct);

        var request = Assert.Single(graph.Requests);
        Assert.Equal("/sandbox/graph/v23.0/106540352242922/messages", request.Path);
        JsonAssert.Equivalent("""{"messaging_product":"whatsapp","status":"read","message_id":"wamid.IN","typing_indicator":{"type":"text"}}""",
            request.BodyText);
    }

    [Fact]
    public async Task Graph_error_becomes_typed_error_with_explanation()
    {
        await using var graph = (await FakeGraph.StartAsync())
            .ThenGraphError(400, 131047, "Re-engagement message", "Message failed to send because more than 24 hours have passed.");
        var client = graph.CreateClient();

        var exception = await Assert.ThrowsAsync<WhatsAppApiException>(() => client.SendAsync(OutgoingMessage.Text("1", "hi"), Ct));

        var error = exception.Error;
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(131047, error.Code);
        Assert.Equal("(#131047) Re-engagement message", error.Title);
        Assert.Equal("Message failed to send because more than 24 hours have passed.", error.Details);
        Assert.Equal("AbCdEf123", error.FbTraceId);
        Assert.Equal("OAuthException", error.Type);
        Assert.False(error.Explanation.Retryable);
        Assert.Contains("template", error.Explanation.WhatToDo);
    }

    [Fact]
    public async Task Token_error_keeps_subcode()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenJson(401,
            """{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"X"}}""");
        var client = graph.CreateClient();

        var exception = await Assert.ThrowsAsync<WhatsAppApiException>(() => client.SendAsync(OutgoingMessage.Text("1", "hi"), Ct));

        Assert.Equal(190, exception.Error.Code);
        Assert.Equal(463, exception.Error.Subcode);
        Assert.Contains("token", exception.Error.Explanation.WhatToDo);
    }

    [Fact]
    public async Task Template_management_error_keeps_subcode_and_user_message()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenJson(400,
            """{"error":{"message":"Invalid parameter","type":"OAuthException","code":100,"error_subcode":2388299,"is_transient":false,"error_user_title":"Variables can't be at the start or end of the template","error_user_msg":"Add text before the first variable.","fbtrace_id":"X"}}""");
        var client = graph.CreateClient();

        var exception = await Assert.ThrowsAsync<WhatsAppApiException>(() => client.ListTemplatesAsync(cancellationToken: Ct));

        Assert.Equal(100, exception.Error.Code);
        Assert.Equal(2388299, exception.Error.Subcode);
        Assert.Equal("Variables can't be at the start or end of the template", exception.Error.UserTitle);
        Assert.Equal("Add text before the first variable.", exception.Error.UserMessage);
        Assert.Equal(2388299, exception.Error.Explanation.Code);
        Assert.Contains("Add text before the first variable.", exception.Message);
    }

    [Fact]
    public async Task Non_graph_error_body_is_explained_by_http_status()
    {
        await using var graph = (await FakeGraph.StartAsync()).Then(async context =>
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("<html>not here</html>", Ct);
        });
        var client = graph.CreateClient();

        var exception = await Assert.ThrowsAsync<WhatsAppApiException>(() => client.SendAsync(OutgoingMessage.Text("1", "hi"), Ct));

        Assert.Null(exception.Error.Code);
        Assert.Equal(404, exception.Error.HttpStatus);
        Assert.False(exception.Error.Explanation.Retryable);
    }

    [Fact]
    public async Task Missing_phone_number_id_is_a_configuration_error()
    {
        await using var graph = await FakeGraph.StartAsync();
        var client = graph.CreateClient(o => o.PhoneNumberId = "");

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(OutgoingMessage.Text("1", "hi"), Ct));
    }
}
