using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

public class MediaTests
{
    private static MultipartFormDataContent Upload(byte[] bytes, string mimeType, string fileName = "photo.jpg")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(mimeType);
        return new MultipartFormDataContent { { new StringContent("whatsapp"), "messaging_product" }, { file, "file", fileName }, { new StringContent(mimeType), "type" } };
    }

    [Fact]
    public async Task Uploaded_media_is_described_and_downloaded_with_the_token_byte_for_byte()
    {
        await using var host = await SandboxHost.StartAsync();
        var bytes = RandomNumberGenerator.GetBytes(2048);

        var uploaded = await host.Graph.PostFormAsync($"{host.Options.PhoneNumberId}/media", Upload(bytes, "image/jpeg"));
        var id = uploaded.Json.GetProperty("id").GetString()!;
        var described = await host.Graph.GetJsonAsync(id);
        var url = described.Json.GetProperty("url").GetString()!;
        using var anonymous = new HttpClient();
        using var refused = await anonymous.GetAsync(url, TestContext.Current.CancellationToken);
        var downloaded = await host.Graph.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, uploaded.Status);
        Assert.Equal("image/jpeg", described.Json.GetProperty("mime_type").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), described.Json.GetProperty("sha256").GetString());
        Assert.Equal(2048, described.Json.GetProperty("file_size").GetInt64());
        Assert.Equal("whatsapp", described.Json.GetProperty("messaging_product").GetString());
        Assert.StartsWith(host.BaseAddress + "graph/media-download/", url);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("image/jpeg", downloaded.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes, await downloaded.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Deleted_media_is_gone()
    {
        await using var host = await SandboxHost.StartAsync();
        var uploaded = await host.Graph.PostFormAsync($"{host.Options.PhoneNumberId}/media", Upload([1, 2, 3], "application/pdf", "a.pdf"));
        var id = uploaded.Json.GetProperty("id").GetString()!;

        var deleted = await host.Graph.DeleteJsonAsync(id);
        var lookup = await host.Graph.GetJsonAsync(id);
        using var download = await host.Graph.GetAsync($"../media-download/{id}", TestContext.Current.CancellationToken);

        Assert.True(deleted.Json.GetProperty("success").GetBoolean());
        Assert.Equal(100, lookup.ErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Fact]
    public async Task Unsupported_type_and_oversized_files_are_refused()
    {
        await using var host = await SandboxHost.StartAsync();

        var gif = await host.Graph.PostFormAsync($"{host.Options.PhoneNumberId}/media", Upload([1, 2, 3], "image/gif", "a.gif"));
        var bigSticker = await host.Graph.PostFormAsync($"{host.Options.PhoneNumberId}/media", Upload(new byte[500 * 1024 + 1], "image/webp", "s.webp"));

        Assert.Equal(100, gif.ErrorCode);
        Assert.Contains("image/gif", gif.ErrorText);
        Assert.Equal(100, bigSticker.ErrorCode);
        Assert.Contains("too large", bigSticker.ErrorText);
    }

    [Fact]
    public async Task Public_base_url_setting_is_used_in_media_urls()
    {
        await using var host = await SandboxHost.StartAsync(o => o.PublicBaseUrl = "https://wasel.example/sandbox/");
        var uploaded = await host.Graph.PostFormAsync($"{host.Options.PhoneNumberId}/media", Upload([1], "audio/ogg", "v.ogg"));

        var described = await host.Graph.GetJsonAsync(uploaded.Json.GetProperty("id").GetString()!);

        Assert.StartsWith("https://wasel.example/sandbox/graph/media-download/", described.Json.GetProperty("url").GetString());
    }
}
