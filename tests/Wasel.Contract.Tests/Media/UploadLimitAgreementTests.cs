using System.Net.Http.Headers;
using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Errors;

namespace Wasel.Contract.Tests.Media;

/// <summary>Upload size limits: a file at the limit is taken by both; one byte more is refused by both.</summary>
public class UploadLimitAgreementTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("image/jpeg", 5 * 1024 * 1024)]
    [InlineData("image/webp", 500 * 1024)]
    public async Task File_at_the_size_limit_is_uploaded(string mime, int limit)
    {
        await using var host = await ContractHost.StartAsync();

        var uploaded = await host.Client.UploadMediaAsync(new byte[limit], mime, "file", Token);

        Assert.Equal(limit, (await host.Client.GetMediaAsync(uploaded.Id, Token)).FileSize);
    }

    [Theory]
    [InlineData("image/jpeg", 5 * 1024 * 1024)]
    [InlineData("image/webp", 500 * 1024)]
    public async Task File_one_byte_over_the_size_limit_is_refused_by_both(string mime, int limit)
    {
        await using var host = await ContractHost.StartAsync();

        var refused = await Assert.ThrowsAsync<WhatsAppValidationException>(() => host.Client.UploadMediaAsync(new byte[limit + 1], mime, "file", Token));

        Assert.Contains(refused.Errors, e => e.Field == "file");
        Assert.Empty(host.Requests.All);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("whatsapp"), "messaging_product" },
            { new StringContent(mime), "type" },
            { new ByteArrayContent(new byte[limit + 1]) { Headers = { ContentType = new MediaTypeHeaderValue(mime) } }, "file", "file" },
        };
        Assert.Equal(100, await host.SandboxErrorCodeAsync($"{host.Settings.PhoneNumberId}/media", form));
    }
}
