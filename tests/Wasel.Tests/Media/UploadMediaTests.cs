using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Wasel.Tests.Messaging;

namespace Wasel.Tests.Media;

/// <summary>Files uploaded through the API are checked against WhatsApp's limits, kept locally and sent by their media id.</summary>
public class UploadMediaTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_uploaded_image_is_sent_by_its_id_and_the_customer_receives_the_same_bytes_that_Wasel_keeps()
    {
        await using var scenario = await MediaScenario.StartAsync();
        var conversation = await OpenConversation.StartAsync(scenario.App);
        var png = MediaScenario.FakePng(2048);

        var response = await scenario.Api.PostAsync("/api/v1/media", Form(png, "image/png", "../../holiday.png"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var uploaded = (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!;
        var mediaId = uploaded["id"]!.GetValue<string>();
        Assert.Equal("image/png", uploaded["mime_type"]!.GetValue<string>());
        Assert.Equal(png.Length, uploaded["size"]!.GetValue<long>());
        Assert.Equal("image", uploaded["kind"]!.GetValue<string>());
        var copy = Directory.GetFiles(scenario.Folder, "*", SearchOption.AllDirectories).Single();
        Assert.Equal(png, await File.ReadAllBytesAsync(copy, Ct));
        Assert.DoesNotContain("holiday", copy);

        var messageId = await conversation.SendAsync(new { type = "image", image = new { id = mediaId, caption = "Your photo" } });

        await conversation.WaitForStateAsync(messageId, "delivered");
        var received = await conversation.Customer.WaitToReceiveAsync("the image", m => m["type"]?.GetValue<string>() == "image");
        Assert.Equal(mediaId, received["body"]!["image"]!["id"]!.GetValue<string>());
        Assert.Equal(png, await scenario.App.CreateClient().GetByteArrayAsync($"/sandbox/api/media/{mediaId}", Ct));
        var local = await scenario.Api.GetAsync($"/api/v1/messages/{messageId}/media", Ct);
        Assert.Equal("image/png", local.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await local.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task A_document_larger_than_the_default_request_limit_is_uploaded()
    {
        await using var scenario = await MediaScenario.StartAsync();
        var pdf = new byte[31 * 1024 * 1024]; // Kestrel refuses bodies over 30 MB unless an endpoint allows more

        var response = await scenario.Api.PostAsync("/api/v1/media", Form(pdf, "application/pdf", "manual.pdf"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("document", (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_type_WhatsApp_does_not_take_is_refused_naming_the_file_field()
    {
        await using var scenario = await MediaScenario.StartAsync();

        var response = await scenario.Api.PostAsync("/api/v1/media", Form("<html></html>"u8.ToArray(), "text/html", "page.html"), Ct);

        var problem = await ExpectFileProblemAsync(response);
        Assert.Contains("image/jpeg", problem);
        Assert.Empty(Directory.Exists(scenario.Folder) ? Directory.GetFiles(scenario.Folder, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task An_image_over_5_MB_is_refused_with_the_limit()
    {
        await using var scenario = await MediaScenario.StartAsync();

        var response = await scenario.Api.PostAsync("/api/v1/media", Form(MediaScenario.FakePng(5 * 1024 * 1024 + 1), "image/png", "big.png"), Ct);

        Assert.Contains("5,242,880", await ExpectFileProblemAsync(response));
    }

    [Fact]
    public async Task A_file_sent_as_a_kind_it_does_not_fit_is_refused()
    {
        await using var scenario = await MediaScenario.StartAsync();
        var form = Form(MediaScenario.FakePng(), "image/png", "scan.png");
        form.Add(new StringContent("document"), "kind");

        var response = await scenario.Api.PostAsync("/api/v1/media", form, Ct);

        Assert.Contains("application/pdf", await ExpectFileProblemAsync(response));
    }

    [Fact]
    public async Task Uploading_needs_the_messages_send_scope()
    {
        await using var scenario = await MediaScenario.StartAsync();
        var reader = await scenario.App.ClientWithScopesAsync(Wasel.Integrations.ApiKeys.ApiScopes.ConversationsRead);

        var response = await reader.PostAsync("/api/v1/media", Form(MediaScenario.FakePng(), "image/png", "a.png"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static MultipartFormDataContent Form(byte[] content, string mimeType, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(mimeType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<string> ExpectFileProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!;
        return string.Join(" ", problem["errors"]!["file"]!.AsArray().Select(e => e!.GetValue<string>()));
    }
}
