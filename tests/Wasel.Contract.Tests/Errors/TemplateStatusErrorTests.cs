using Microsoft.Extensions.DependencyInjection;
using Wasel.Contract.Tests.Infrastructure;
using Wasel.Sandbox.Graph.Templates;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;

namespace Wasel.Contract.Tests.Errors;

/// <summary>Templates the sandbox has paused, disabled or not yet approved refuse sends with Meta's 132xxx codes.</summary>
public class TemplateStatusErrorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("PAUSED", 132015)]
    [InlineData("DISABLED", 132016)]
    [InlineData("REJECTED", 132001)]
    public async Task Template_that_cannot_be_sent_is_refused_with_its_code(string status, int code)
    {
        await using var host = await ContractHost.StartAsync();
        var id = await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.Receipt());
        host.Services.GetRequiredService<TemplateStore>().SetStatus(id, status);
        var message = OutgoingMessage.Template("15550100080", "receipt_named", "en",
            TemplateComponent.Header(TemplateParameter.Named("shop", "Lucky Shrub")),
            TemplateComponent.Body(TemplateParameter.Named("customer_name", "Sara"), TemplateParameter.Named("total", "$12.00")));

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.SendAsync(message, Token))).Error;

        Assert.Equal(code, error.Code);
        Assert.Equal(WhatsAppErrorCatalog.Explain(code), error.Explanation);
        Assert.False(error.Explanation.Retryable);
        Assert.Equal(1, host.Requests.Count("/messages"));
    }
}
