using System.Net;
using System.Net.Http.Headers;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

public class GraphAuthTests
{
    [Fact]
    public async Task Wrong_bearer_token_is_refused_with_401_and_code_190()
    {
        await using var host = await SandboxHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.Graph.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");

        var answer = await client.PostAsync($"{host.Options.PhoneNumberId}/messages", """{"messaging_product":"whatsapp","to":"15551110001","text":{"body":"hi"}}""");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal(190, answer.ErrorCode);
        var error = answer.Json.GetProperty("error");
        Assert.Equal("OAuthException", error.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("fbtrace_id").GetString()));
    }

    [Fact]
    public async Task Missing_token_is_refused_with_401_and_code_190()
    {
        await using var host = await SandboxHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.Graph.BaseAddress };

        var answer = await client.GetJsonAsync(host.Options.PhoneNumberId);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal(190, answer.ErrorCode);
    }

    [Fact]
    public async Task Access_token_in_the_query_is_accepted()
    {
        await using var host = await SandboxHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.Graph.BaseAddress };

        var answer = await client.GetJsonAsync($"{host.Options.PhoneNumberId}?access_token={host.Options.AccessToken}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(host.Options.PhoneNumberId, answer.Json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Unknown_phone_number_id_is_an_unsupported_request_with_code_100()
    {
        await using var host = await SandboxHost.StartAsync();

        var answer = await host.Graph.PostAsync("999999/messages", """{"messaging_product":"whatsapp","to":"15551110001","text":{"body":"hi"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(100, answer.ErrorCode);
        Assert.Contains("Unsupported post request", answer.ErrorText);
    }

    [Fact]
    public async Task Paths_without_a_version_segment_work_too()
    {
        await using var host = await SandboxHost.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseAddress, "graph/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Options.AccessToken);
        host.CustomerInWindow("15551110002");

        var answer = await client.PostAsync($"{host.Options.PhoneNumberId}/messages", """{"messaging_product":"whatsapp","to":"15551110002","text":{"body":"hi"}}""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task Unknown_paths_and_methods_get_a_graph_error_body()
    {
        await using var host = await SandboxHost.StartAsync();

        var wrongMethod = await host.Graph.DeleteJsonAsync($"{host.Options.PhoneNumberId}/messages");
        var unknownEdge = await host.Graph.GetJsonAsync($"{host.Options.PhoneNumberId}/subscribed_apps");

        Assert.Equal(100, wrongMethod.ErrorCode);
        Assert.Equal(100, unknownEdge.ErrorCode);
        Assert.Contains("Unsupported get request", unknownEdge.ErrorText);
    }
}
