using System.Security.Cryptography;
using Wasel.Contract.Tests.Infrastructure;
using Wasel.WhatsApp.Errors;

namespace Wasel.Contract.Tests.Media;

/// <summary>Upload, look up, download and delete media through the client against the sandbox.</summary>
public class MediaRoundTripTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Uploaded_file_is_described_and_downloaded_byte_for_byte()
    {
        await using var host = await ContractHost.StartAsync();
        var content = SampleFiles.Bytes(2048);

        var uploaded = await host.Client.UploadMediaAsync(content, "application/pdf", "invoice.pdf", Token);
        var info = await host.Client.GetMediaAsync(uploaded.Id, Token);
        var downloaded = await host.Client.DownloadMediaAsync(info.Url, Token);

        Assert.Equal(uploaded.Id, info.Id);
        Assert.Equal("application/pdf", info.MimeType);
        Assert.Equal(content.LongLength, info.FileSize);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), info.Sha256);
        Assert.Equal(content, downloaded.Content);
        Assert.Equal("application/pdf", downloaded.ContentType);
    }

    [Fact]
    public async Task Deleted_media_can_no_longer_be_looked_up_or_downloaded()
    {
        await using var host = await ContractHost.StartAsync();
        var uploaded = await host.Client.UploadMediaAsync(SampleFiles.Bytes(128), "image/png", "logo.png", Token);
        var info = await host.Client.GetMediaAsync(uploaded.Id, Token);

        await host.Client.DeleteMediaAsync(uploaded.Id, Token);
        var lookup = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.GetMediaAsync(uploaded.Id, Token))).Error;
        var download = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.DownloadMediaAsync(info.Url, Token))).Error;

        Assert.Equal(100, lookup.Code);
        Assert.Equal("GraphMethodException", lookup.Type);
        Assert.Contains(uploaded.Id, lookup.Title);
        Assert.False(lookup.Explanation.Retryable);
        Assert.Equal(404, download.HttpStatus);
        Assert.False(download.Explanation.Retryable);
    }

    [Fact]
    public async Task Deleting_unknown_media_is_a_typed_error()
    {
        await using var host = await ContractHost.StartAsync();

        var error = (await Assert.ThrowsAsync<WhatsAppApiException>(() => host.Client.DeleteMediaAsync("4000000000009999", Token))).Error;

        Assert.Equal(100, error.Code);
        Assert.Equal(1, host.Requests.Count("/4000000000009999", "DELETE"));
    }
}
