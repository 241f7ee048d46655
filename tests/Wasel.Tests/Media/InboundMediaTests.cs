using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;
using Wasel.Tests.Messaging;
using Wasel.WhatsApp;

namespace Wasel.Tests.Media;

/// <summary>Customers' media is downloaded from WhatsApp, stored under Media:Folder and served back through the API.</summary>
public class InboundMediaTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_image_from_a_customer_is_stored_and_served_with_its_bytes_and_type(DatabaseProvider provider)
    {
        await using var scenario = await MediaScenario.StartAsync(provider);
        var customer = await Customer.CreateAsync(scenario.App);
        var png = MediaScenario.FakePng();

        var messageId = await scenario.CustomerSendsAsync(customer,
            new { type = "image", image = new { data = Convert.ToBase64String(png), mime_type = "image/png", caption = "receipt" } });

        var info = await scenario.WaitForMediaAsync(messageId, "stored");
        Assert.Equal(png.Length, info["size"]!.GetValue<long>());
        var response = await scenario.Api.GetAsync($"/api/v1/messages/{messageId}/media", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync(Ct));
        var stored = Directory.GetFiles(scenario.Folder, "*", SearchOption.AllDirectories).Single();
        Assert.EndsWith(".png", stored);
    }

    [Fact]
    public async Task A_document_keeps_a_safe_name_that_never_reaches_the_path()
    {
        await using var scenario = await MediaScenario.StartAsync();
        var customer = await Customer.CreateAsync(scenario.App);
        var pdf = "%PDF-1.4 invoice"u8.ToArray();

        var messageId = await scenario.CustomerSendsAsync(customer, new
        {
            type = "document",
            document = new { data = Convert.ToBase64String(pdf), mime_type = "application/pdf", filename = "../../etc/<script>alert(1)</script>invoice.exe" },
        });

        await scenario.WaitForMediaAsync(messageId, "stored");
        var response = await scenario.Api.GetAsync($"/api/v1/messages/{messageId}/media", Ct);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        var name = disposition.FileNameStar ?? disposition.FileName!.Trim('"');
        Assert.EndsWith(".pdf", name);
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('<', name);
        Assert.Contains("invoice", name);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync(Ct));
        var stored = Directory.GetFiles(scenario.Folder, "*", SearchOption.AllDirectories).Single();
        Assert.DoesNotContain("invoice", stored);
        Assert.EndsWith(".pdf", stored);
    }

    [Fact]
    public async Task A_download_that_keeps_failing_is_retried_then_recorded_as_failed_and_can_be_retried_later()
    {
        await using var scenario = await MediaScenario.StartAsync();
        var customer = await Customer.CreateAsync(scenario.App);
        var mediaId = (await scenario.App.Services.GetRequiredService<WhatsAppClient>()
            .UploadMediaAsync(MediaScenario.FakePng(), "image/png", "photo.png", Ct)).Id;
        var faults = await scenario.App.CreateClient().PostAsJsonAsync("/sandbox/api/faults",
            new { count = 1000, status = 500, code = 131000, path = mediaId }, Ct);
        faults.EnsureSuccessStatusCode();

        var messageId = await scenario.CustomerSendsAsync(customer, new { type = "image", image = new { id = mediaId } });

        var failed = await scenario.WaitForMediaAsync(messageId, "failed");
        Assert.Equal(3, failed["attempts"]!.GetValue<int>());
        Assert.Contains("131000", failed["error"]!.GetValue<string>());
        var response = await scenario.Api.GetAsync($"/api/v1/messages/{messageId}/media", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!;
        Assert.Equal("failed", problem["state"]!.GetValue<string>());

        // The outage ends; a retry within WhatsApp's 7 days stores it.
        (await scenario.App.CreateClient().DeleteAsync("/sandbox/api/faults", Ct)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Accepted, (await scenario.Api.PostAsync($"/api/v1/messages/{messageId}/media/retry", null, Ct)).StatusCode);
        await scenario.WaitForMediaAsync(messageId, "stored");
        Assert.Equal(HttpStatusCode.Conflict, (await scenario.Api.PostAsync($"/api/v1/messages/{messageId}/media/retry", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_media_id_fails_at_once_without_retrying()
    {
        await using var scenario = await MediaScenario.StartAsync();
        var customer = await Customer.CreateAsync(scenario.App);
        var mediaId = (await scenario.App.Services.GetRequiredService<WhatsAppClient>()
            .UploadMediaAsync(MediaScenario.FakePng(), "image/png", "photo.png", Ct)).Id;
        (await scenario.App.CreateClient().PostAsJsonAsync("/sandbox/api/faults",
            new { count = 1000, status = 400, code = 100, path = mediaId }, Ct)).EnsureSuccessStatusCode();

        var messageId = await scenario.CustomerSendsAsync(customer, new { type = "image", image = new { id = mediaId } });

        var failed = await scenario.WaitForMediaAsync(messageId, "failed");
        Assert.Equal(1, failed["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_text_message_has_no_media()
    {
        await using var scenario = await MediaScenario.StartAsync();
        var customer = await Customer.CreateAsync(scenario.App);

        var messageId = await scenario.CustomerSendsAsync(customer, new { type = "text", text = new { body = "no picture" } });

        var response = await scenario.Api.GetAsync($"/api/v1/messages/{messageId}/media", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Message has no stored media", (await response.Content.ReadFromJsonAsync<JsonNode>(Ct))!["title"]!.GetValue<string>());
    }
}
