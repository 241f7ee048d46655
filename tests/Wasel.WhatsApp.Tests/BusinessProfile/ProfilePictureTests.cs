using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Tests.Support;

namespace Wasel.WhatsApp.Tests.BusinessProfile;

public class ProfilePictureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6];

    [Fact]
    public async Task Upload_opens_a_session_on_the_app_then_posts_the_bytes_with_the_oauth_scheme()
    {
        await using var graph = (await FakeGraph.StartAsync())
            .ThenJson(200, """{"id":"upload:MTphdHRhY2htZW50"}""")
            .ThenJson(200, """{"h":"2:c2FtcGxl"}""");
        var client = graph.CreateClient(o => o.AppId = "684123");

        var handle = await client.UploadFileAsync(Jpeg, "image/jpeg", "shop front.jpg", Ct);

        Assert.Equal("2:c2FtcGxl", handle);
        var start = graph.Requests[0];
        Assert.Equal("POST", start.Method);
        Assert.Equal("/sandbox/graph/v23.0/684123/uploads", start.Path);
        Assert.Equal("?file_name=shop%20front.jpg&file_length=10&file_type=image%2Fjpeg", start.Query);
        Assert.Equal("Bearer test-token", start.Authorization);
        var data = graph.Requests[1];
        Assert.Equal("/sandbox/graph/v23.0/upload:MTphdHRhY2htZW50", data.Path);
        Assert.Equal("OAuth test-token", data.Authorization);
        Assert.Equal("0", data.Headers["file_offset"]);
        Assert.Equal(Jpeg, data.Body);
    }

    [Fact]
    public async Task A_failed_data_post_resumes_from_the_offset_meta_reports()
    {
        await using var graph = (await FakeGraph.StartAsync())
            .ThenJson(200, """{"id":"upload:abc"}""")
            .ThenGraphError(503, 2, "Service temporarily unavailable")
            .ThenJson(200, """{"id":"upload:abc","file_offset":4}""")
            .ThenJson(200, """{"h":"2:resumed"}""");
        var client = graph.CreateClient(o => { o.AppId = "684123"; o.MaxRetries = 0; });

        var handle = await client.UploadFileAsync(Jpeg, "image/jpeg", "p.jpg", Ct);

        Assert.Equal("2:resumed", handle);
        var status = graph.Requests[2];
        Assert.Equal("GET", status.Method);
        Assert.Equal("/sandbox/graph/v23.0/upload:abc", status.Path);
        Assert.Equal("OAuth test-token", status.Authorization);
        var resumed = graph.Requests[3];
        Assert.Equal("4", resumed.Headers["file_offset"]);
        Assert.Equal(Jpeg[4..], resumed.Body);
    }

    [Fact]
    public async Task Upload_without_an_app_id_says_which_setting_is_missing()
    {
        await using var graph = await FakeGraph.StartAsync();
        var client = graph.CreateClient();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.UploadFileAsync(Jpeg, "image/jpeg", "p.jpg", Ct));

        Assert.Contains("WhatsApp:AppId", exception.Message);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task Setting_the_picture_uploads_then_posts_the_handle_to_the_profile()
    {
        await using var graph = (await FakeGraph.StartAsync())
            .ThenJson(200, """{"id":"upload:abc"}""")
            .ThenJson(200, """{"h":"2:handle"}""")
            .ThenSuccess();
        var client = graph.CreateClient(o => o.AppId = "684123");

        await client.SetProfilePictureAsync(Jpeg, "image/jpeg", "p.jpg", Ct);

        var update = graph.Requests[2];
        Assert.Equal("/sandbox/graph/v23.0/106540352242922/whatsapp_business_profile", update.Path);
        JsonAssert.Equivalent("""{"messaging_product":"whatsapp","profile_picture_handle":"2:handle"}""", update.BodyText);
    }

    [Theory]
    [InlineData("image/gif", 10, "type")]
    [InlineData("image/png", 5 * 1024 * 1024 + 1, "file")]
    public async Task A_picture_meta_would_refuse_is_rejected_before_sending(string mimeType, int length, string field)
    {
        await using var graph = await FakeGraph.StartAsync();
        var client = graph.CreateClient(o => o.AppId = "684123");

        var exception = await Assert.ThrowsAsync<WhatsAppValidationException>(
            () => client.SetProfilePictureAsync(new byte[length], mimeType, "p", Ct));

        Assert.Equal(field, Assert.Single(exception.Errors).Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task An_unknown_handle_surfaces_metas_invalid_parameter_error()
    {
        await using var graph = (await FakeGraph.StartAsync()).ThenGraphError(400, 100, "Invalid parameter");
        var client = graph.CreateClient();

        var exception = await Assert.ThrowsAsync<WhatsAppApiException>(() => client.SetProfilePictureAsync("2:gone", Ct));

        Assert.Equal(100, exception.Error.Code);
    }
}
