using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Messages;

namespace Wasel.Contract.Tests.Errors;

/// <summary>The sandbox's Graph errors reach the caller as typed <see cref="WhatsAppApiException"/>s with the catalogue's explanation.</summary>
public class SynchronousErrorTests
{
    private const string Customer = "15550100010";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Wrong_access_token_is_refused_with_190_and_not_retried()
    {
        await using var host = await ContractHost.StartAsync();
        var client = host.NewClient(o => o.AccessToken = "not-the-sandbox-token");

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() => client.GetPhoneNumberAsync(cancellationToken: Token))).Error;

        Assert.Equal(190, error.Code);
        Assert.Equal(401, error.HttpStatus);
        Assert.Equal("OAuthException", error.Type);
        Assert.NotNull(error.FbTraceId);
        Assert.Equal(WhatsAppErrorCatalog.Explain(190), error.Explanation);
        Assert.False(error.Explanation.Retryable);
        Assert.Single(host.Requests.All);
    }

    [Fact]
    public async Task Template_that_does_not_exist_is_refused_with_132001()
    {
        await using var host = await ContractHost.StartAsync();

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            host.Client.SendAsync(OutgoingMessage.Template(Customer, "no_such_template", "en_US"), Token))).Error;

        Assert.Equal(132001, error.Code);
        Assert.Equal(404, error.HttpStatus);
        Assert.Equal(WhatsAppErrorCatalog.Explain(132001), error.Explanation);
        Assert.Contains("no_such_template", error.Details);
        Assert.Equal(1, host.Requests.Count("/messages"));
    }

    [Fact]
    public async Task Template_with_wrong_parameter_count_is_refused_with_132000()
    {
        await using var host = await ContractHost.StartAsync();
        await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.OrderUpdate());
        var tooFew = OutgoingMessage.Template(Customer, "order_update", "en_US",
            TemplateComponent.Header(TemplateParameter.ForText("A-17")),
            TemplateComponent.Body(TemplateParameter.ForText("Sara"), TemplateParameter.ForText("$10.00")),
            TemplateComponent.UrlButton(1, "A-17"));

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.SendAsync(tooFew, Token))).Error;

        Assert.Equal(132000, error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(WhatsAppErrorCatalog.Explain(132000), error.Explanation);
        Assert.Contains("body", error.Details);
        Assert.Equal(1, host.Requests.Count("/messages"));
    }

    [Fact]
    public async Task Named_template_with_a_wrong_parameter_name_is_refused_with_132018()
    {
        await using var host = await ContractHost.StartAsync();
        await SampleTemplates.CreateApprovedAsync(host, SampleTemplates.Receipt());
        var misnamed = OutgoingMessage.Template(Customer, "receipt_named", "en",
            TemplateComponent.Header(TemplateParameter.Named("shop", "Lucky Shrub")),
            TemplateComponent.Body(TemplateParameter.Named("name", "Sara"), TemplateParameter.Named("total", "$12.00")));

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.SendAsync(misnamed, Token))).Error;

        Assert.Equal(132018, error.Code);
        Assert.Equal(WhatsAppErrorCatalog.Explain(132018), error.Explanation);
    }

    [Fact]
    public async Task Sending_to_the_business_number_itself_is_refused_with_131021()
    {
        await using var host = await ContractHost.StartAsync();

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() =>
            host.Client.SendAsync(OutgoingMessage.Text("+" + host.Settings.DisplayPhoneNumber, "hello me"), Token))).Error;

        Assert.Equal(131021, error.Code);
        Assert.Equal(WhatsAppErrorCatalog.Explain(131021), error.Explanation);
    }
}
