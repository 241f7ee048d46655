using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Tests.Support;

namespace Wasel.WhatsApp.Tests;

public class TimeoutTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OutgoingMessage Hello => OutgoingMessage.Text("16505551234", "Hello");

    [Fact]
    public async Task Timed_out_send_is_ambiguous_and_attempted_once()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenHang().ThenAccepted();
        var client = graph.CreateClient(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        var message = Hello.WithCallbackData("outbox-42");

        var exception = await Assert.ThrowsAsync<WhatsAppAmbiguousSendException>(() => client.SendAsync(message, Ct));

        Assert.Equal("outbox-42", exception.OutgoingMessage.BizOpaqueCallbackData);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task Running_out_of_time_while_waiting_to_retry_a_rejected_send_reports_the_rejection()
    {
        // The first answer asks for a 4-minute wait; the total timeout ends the call during that wait.
        await using var graph = (await FakeGraph.StartAsync()).ThenGraphError(400, 131056, "Pair rate limit hit").ThenAccepted();
        var client = graph.CreateClient(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMinutes(1);
            o.MaxRetryDelay = TimeSpan.FromHours(1);
            o.TotalTimeout = TimeSpan.FromSeconds(1.5);
        });

        var exception = await Assert.ThrowsAsync<WhatsAppApiException>(() => client.SendAsync(Hello, Ct));

        Assert.Equal(131056, exception.Error.Code);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task Running_out_of_time_during_a_retried_attempt_is_ambiguous()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenGraphError(500, 131000).ThenHang();
        var client = graph.CreateClient(o => o.TotalTimeout = TimeSpan.FromSeconds(1.5));

        await Assert.ThrowsAsync<WhatsAppAmbiguousSendException>(() => client.SendAsync(Hello, Ct));

        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task Timed_out_get_is_retried()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenHang()
            .ThenJson(200, """{"id":"1","url":"https://lookaside.fbsbx.com/x","mime_type":"image/jpeg","file_size":"93895"}""");
        var client = graph.CreateClient(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));

        var media = await client.GetMediaAsync("1", Ct);

        Assert.Equal(93895, media.FileSize);
        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task Timed_out_mark_read_is_retried()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenHang().ThenSuccess();
        var client = graph.CreateClient(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));

        await client.MarkReadAsync("wamid.IN", cancellationToken: Ct);

        Assert.Equal(2, graph.Requests.Count);
    }
}
