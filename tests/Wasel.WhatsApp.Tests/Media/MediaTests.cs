using Microsoft.AspNetCore.Http;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Tests.Support;

namespace Wasel.WhatsApp.Tests.Media;

public class MediaTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_sends_multipart_form_as_meta_expects()
    {
        IFormCollection? form = null;
        await using var graph = (await FakeGraph.StartAsync()).Then(async context =>
        {
            form = await context.Request.ReadFormAsync(Ct);
            await context.Response.WriteAsJsonAsync(new { id = "1037543291543636" }, Ct);
        });
        var client = graph.CreateClient();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];

        var result = await client.UploadMediaAsync(new MemoryStream(png), "image/png", "photo.png", Ct);

        Assert.Equal("1037543291543636", result.Id);
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/sandbox/graph/v23.0/106540352242922/media", request.Path);
        Assert.Equal("Bearer test-token", request.Authorization);
        Assert.StartsWith("multipart/form-data", request.ContentType);
        Assert.NotNull(form);
        Assert.Equal("whatsapp", form["messaging_product"]);
        Assert.Equal("image/png", form["type"]);
        var file = Assert.Single(form.Files);
        Assert.Equal("file", file.Name);
        Assert.Equal("photo.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        using var uploaded = new MemoryStream();
        await file.CopyToAsync(uploaded, Ct);
        Assert.Equal(png, uploaded.ToArray());
    }

    [Fact]
    public async Task Upload_of_unsupported_type_is_rejected_before_sending()
    {
        await using var graph = await FakeGraph.StartAsync();
        var client = graph.CreateClient();

        var exception = await Assert.ThrowsAsync<WhatsAppValidationException>(
            () => client.UploadMediaAsync([1, 2, 3], "image/gif", "a.gif", Ct));

        Assert.Equal("type", Assert.Single(exception.Errors).Field);
        Assert.Empty(graph.Requests);
    }

    [Theory]
    [InlineData("93895")]
    [InlineData("\"93895\"")]
    public async Task Media_lookup_reads_file_size_as_number_or_string(string fileSize)
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenJson(200,
            $$"""{"messaging_product":"whatsapp","url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1","mime_type":"image/jpeg","sha256":"abc","file_size":{{fileSize}},"id":"1037543291543636"}""");
        var client = graph.CreateClient();

        var media = await client.GetMediaAsync("1037543291543636", Ct);

        Assert.Equal("/sandbox/graph/v23.0/1037543291543636", Assert.Single(graph.Requests).Path);
        Assert.Equal(93895, media.FileSize);
        Assert.Equal("image/jpeg", media.MimeType);
        Assert.Equal("abc", media.Sha256);
        Assert.StartsWith("https://lookaside.fbsbx.com/", media.Url);
    }

    [Fact]
    public async Task Download_sends_the_token_and_returns_bytes_and_content_type()
    {
        await using var graph = (await FakeGraph.StartAsync()).Then(async context =>
        {
            context.Response.ContentType = "image/jpeg";
            await context.Response.Body.WriteAsync(new byte[] { 0xFF, 0xD8, 0xFF }, Ct);
        });
        var client = graph.CreateClient();
        var url = graph.BaseUrl.GetLeftPart(UriPartial.Authority) + "/whatsapp_business/attachments/?mid=1&hash=x";

        var media = await client.DownloadMediaAsync(url, Ct);

        var request = Assert.Single(graph.Requests);
        Assert.Equal("Bearer test-token", request.Authorization);
        Assert.Equal("/whatsapp_business/attachments/", request.Path);
        Assert.Equal("?mid=1&hash=x", request.Query);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, media.Content);
        Assert.Equal("image/jpeg", media.ContentType);
    }

    [Fact]
    public async Task Expired_download_url_is_a_typed_error()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenJson(404, "{}");
        var client = graph.CreateClient();

        var exception = await Assert.ThrowsAsync<WhatsAppApiException>(
            () => client.DownloadMediaAsync(graph.BaseUrl + "/attachments", Ct));

        Assert.Equal(404, exception.Error.HttpStatus);
    }

    [Fact]
    public async Task Delete_uses_http_delete_on_the_media_id()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenSuccess();
        var client = graph.CreateClient();

        await client.DeleteMediaAsync("1037543291543636", Ct);

        var request = Assert.Single(graph.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/sandbox/graph/v23.0/1037543291543636", request.Path);
    }
}
