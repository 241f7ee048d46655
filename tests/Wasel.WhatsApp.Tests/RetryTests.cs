using Microsoft.Extensions.DependencyInjection;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Tests.Support;

namespace Wasel.WhatsApp.Tests;

public class RetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OutgoingMessage Hello => OutgoingMessage.Text("16505551234", "Hello");

    [Theory]
    [InlineData(500, 131000)]
    [InlineData(503, 2)]
    [InlineData(400, 130429)]
    [InlineData(400, 131056)]
    [InlineData(400, 4)]
    [InlineData(400, 80007)]
    public async Task Retries_transient_errors_then_succeeds(int status, int code)
    {
        await using var graph = (await FakeGraph.StartAsync())
            .ThenGraphError(status, code).ThenGraphError(status, code).ThenAccepted("wamid.OK");
        var client = graph.CreateClient();

        var result = await client.SendAsync(Hello, Ct);

        Assert.Equal("wamid.OK", result.MessageId);
        Assert.Equal(3, graph.Requests.Count);
        Assert.All(graph.Requests, r => Assert.Equal(graph.Requests[0].BodyText, r.BodyText));
    }

    [Fact]
    public async Task Retries_5xx_without_graph_body()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenJson(502, "{}").ThenAccepted();
        var client = graph.CreateClient();

        await client.SendAsync(Hello, Ct);

        Assert.Equal(2, graph.Requests.Count);
    }

    [Theory]
    [InlineData(400, 131047)]
    [InlineData(404, 132001)]
    [InlineData(401, 190)]
    [InlineData(400, 100)]
    [InlineData(400, 131049)]
    [InlineData(400, 131050)]
    [InlineData(403, 368)]
    [InlineData(400, 131026)]
    [InlineData(500, 131045)]
    public async Task Does_not_retry_errors_that_cannot_succeed(int status, int code)
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenGraphError(status, code).ThenAccepted();
        var client = graph.CreateClient();

        var exception = await Assert.ThrowsAsync<WhatsAppApiException>(() => client.SendAsync(Hello, Ct));

        Assert.Equal(code, exception.Error.Code);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task Gives_up_after_max_retries_with_the_last_error()
    {
        await using var graph = (await FakeGraph.StartAsync())
            .ThenGraphError(400, 130429).ThenGraphError(400, 130429).ThenGraphError(400, 130429).ThenAccepted();
        var client = graph.CreateClient(o => o.MaxRetries = 2);

        var exception = await Assert.ThrowsAsync<WhatsAppApiException>(() => client.SendAsync(Hello, Ct));

        Assert.Equal(130429, exception.Error.Code);
        Assert.True(exception.Error.Explanation.Retryable);
        Assert.Equal(3, graph.Requests.Count);
    }

    [Fact]
    public async Task Unreachable_server_is_retried_and_is_a_definite_failure_not_an_ambiguous_send()
    {
        // A port nothing listens on: the connection is refused, so no attempt can have reached Meta.
        Uri closed;
        await using (var stopped = await FakeGraph.StartAsync())
            closed = stopped.BaseUrl;
        await using var graph = await FakeGraph.StartAsync();
        var attempts = new AttemptCounter();
        var client = graph.CreateClient(o => { o.BaseUrl = closed; o.MaxRetries = 2; }, http => http.AddHttpMessageHandler(() => attempts));

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(Hello, Ct));

        Assert.Equal(HttpRequestError.ConnectionError, exception.HttpRequestError);
        Assert.Equal(3, attempts.Count);
    }

    /// <summary>Sits below the resilience handler, so it sees every attempt.</summary>
    private sealed class AttemptCounter : DelegatingHandler
    {
        private int _count;

        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
