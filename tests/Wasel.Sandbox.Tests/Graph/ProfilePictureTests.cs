using System.Net;
using System.Net.Http.Headers;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

public class ProfilePictureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 7, 7, 7, 7];

    [Fact]
    public async Task Uploaded_picture_becomes_the_profile_picture_served_at_its_url_without_a_token()
    {
        await using var host = await SandboxHost.StartAsync();
        var handle = await UploadAsync(host, Png, "image/png");

        var updated = await host.Graph.PostAsync($"{host.Options.PhoneNumberId}/whatsapp_business_profile",
            $$"""{"messaging_product":"whatsapp","profile_picture_handle":"{{handle}}"}""");
        var read = await host.Graph.GetJsonAsync($"{host.Options.PhoneNumberId}/whatsapp_business_profile?fields=profile_picture_url");

        Assert.True(updated.Json.GetProperty("success").GetBoolean());
        var url = read.Json.GetProperty("data")[0].GetProperty("profile_picture_url").GetString()!;
        Assert.StartsWith(host.BaseAddress.AbsoluteUri + "graph/profile-picture/", url);
        using var anonymous = new HttpClient();
        using var picture = await anonymous.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await picture.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task An_unknown_handle_is_code_100_naming_the_parameter()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.Graph.PostAsync($"{host.Options.PhoneNumberId}/whatsapp_business_profile",
            """{"messaging_product":"whatsapp","profile_picture_handle":"4::aW1hZ2UvanBlZw==:ARZ"}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(100, answer.ErrorCode);
        Assert.Contains("profile_picture_handle", answer.ErrorText);
    }

    [Fact]
    public async Task A_pdf_handle_is_refused_as_a_profile_picture()
    {
        await using var host = await SandboxHost.StartAsync();
        var handle = await UploadAsync(host, "%PDF-1.4"u8.ToArray(), "application/pdf");

        var answer = await host.Graph.PostAsync($"{host.Options.PhoneNumberId}/whatsapp_business_profile",
            $$"""{"messaging_product":"whatsapp","profile_picture_handle":"{{handle}}"}""");

        Assert.Equal(100, answer.ErrorCode);
        Assert.Contains("JPEG or PNG", answer.ErrorText);
    }

    [Fact]
    public async Task An_incomplete_upload_resumes_from_the_offset_the_session_reports()
    {
        await using var host = await SandboxHost.StartAsync();
        var session = await OpenAsync(host, Png.Length, "image/png");

        var partial = await SendDataAsync(host, session, Png[..5], offset: 0);
        var status = await Oauth(host, HttpMethod.Get, session, null, null);
        var rest = await SendDataAsync(host, session, Png[5..], offset: status.Json.GetProperty("file_offset").GetInt64());

        Assert.Equal(100, partial.ErrorCode);
        Assert.Contains("5 of 12", partial.ErrorText);
        Assert.Equal(session, status.Json.GetProperty("id").GetString());
        Assert.Equal(5, status.Json.GetProperty("file_offset").GetInt64());
        Assert.StartsWith("4::", rest.Json.GetProperty("h").GetString());
    }

    [Fact]
    public async Task A_data_post_at_the_wrong_offset_is_refused_with_the_expected_one()
    {
        await using var host = await SandboxHost.StartAsync();
        var session = await OpenAsync(host, Png.Length, "image/png");

        var answer = await SendDataAsync(host, session, Png[3..], offset: 3);

        Assert.Equal(100, answer.ErrorCode);
        Assert.Contains("file_offset must be 0", answer.ErrorText);
    }

    [Fact]
    public async Task A_data_post_with_a_wrong_token_is_refused_with_code_190()
    {
        await using var host = await SandboxHost.StartAsync();
        var session = await OpenAsync(host, Png.Length, "image/png");
        using var request = new HttpRequestMessage(HttpMethod.Post, "./" + session) { Content = new ByteArrayContent(Png) };
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", "not-the-token");
        request.Headers.Add("file_offset", "0");
        using var anonymous = new HttpClient { BaseAddress = host.Graph.BaseAddress };

        var answer = await GraphCalls.ReadAsync(await anonymous.SendAsync(request, Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal(190, answer.ErrorCode);
    }

    [Theory]
    [InlineData("file_length=12&file_type=image/gif", "file_type")]
    [InlineData("file_type=image/png", "file_length")]
    public async Task A_session_with_bad_parameters_is_code_100_naming_the_parameter(string query, string parameter)
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.Graph.PostAsync($"{host.Options.AppId}/uploads?{query}", "");

        Assert.Equal(100, answer.ErrorCode);
        Assert.Contains(parameter, answer.ErrorText);
    }

    [Fact]
    public async Task A_session_on_another_app_is_an_unknown_object()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.Graph.PostAsync("999/uploads?file_length=12&file_type=image/png", "");

        Assert.Equal(100, answer.ErrorCode);
        Assert.Contains("'999' does not exist", answer.ErrorText);
    }

    private static async Task<string> UploadAsync(SandboxHost host, byte[] content, string type)
    {
        var session = await OpenAsync(host, content.Length, type);
        var answer = await SendDataAsync(host, session, content, 0);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Json.GetProperty("h").GetString()!;
    }

    private static async Task<string> OpenAsync(SandboxHost host, int length, string type)
    {
        var answer = await host.Graph.PostAsync($"{host.Options.AppId}/uploads?file_name=logo&file_length={length}&file_type={Uri.EscapeDataString(type)}", "");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Json.GetProperty("id").GetString()!;
    }

    private static Task<GraphAnswer> SendDataAsync(SandboxHost host, string session, byte[] bytes, long offset) =>
        Oauth(host, HttpMethod.Post, session, bytes, offset);

    private static async Task<GraphAnswer> Oauth(SandboxHost host, HttpMethod method, string session, byte[]? bytes, long? offset)
    {
        using var request = new HttpRequestMessage(method, "./" + session);
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", host.Options.AccessToken);
        if (offset is { } at) request.Headers.Add("file_offset", at.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (bytes is not null) request.Content = new ByteArrayContent(bytes);
        using var anonymous = new HttpClient { BaseAddress = host.Graph.BaseAddress };
        return await GraphCalls.ReadAsync(await anonymous.SendAsync(request, Ct));
    }
}
