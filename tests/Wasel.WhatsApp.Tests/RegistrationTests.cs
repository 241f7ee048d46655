using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Tests.Support;

namespace Wasel.WhatsApp.Tests;

public class RegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Configuration_section_binds_options_and_reaches_the_server()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenAccepted();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WhatsApp:BaseUrl"] = graph.BaseUrl.ToString(),
            ["WhatsApp:ApiVersion"] = "v24.0",
            ["WhatsApp:AccessToken"] = "from-config",
            ["WhatsApp:PhoneNumberId"] = "42",
            ["WhatsApp:AttemptTimeout"] = "00:00:05",
            ["WhatsApp:RetryBaseDelay"] = "00:00:00.010",
        }).Build();
        var services = new ServiceCollection();
        services.AddWhatsAppClient(configuration.GetSection(WhatsAppOptions.Section));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WhatsAppOptions>>().Value;
        await provider.GetRequiredService<WhatsAppClient>().SendAsync(OutgoingMessage.Text("1", "hi"), Ct);

        Assert.Equal(TimeSpan.FromMilliseconds(10), options.RetryBaseDelay);
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/sandbox/graph/v24.0/42/messages", request.Path);
        Assert.Equal("Bearer from-config", request.Authorization);
    }

    [Fact]
    public async Task Zero_retries_means_a_single_attempt()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenGraphError(500, 131000).ThenAccepted();
        var client = graph.CreateClient(o => o.MaxRetries = 0);

        await Assert.ThrowsAsync<WhatsAppApiException>(() => client.SendAsync(OutgoingMessage.Text("1", "hi"), Ct));

        Assert.Single(graph.Requests);
    }
}
