using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Wasel.Contract.Tests.Infrastructure;

/// <summary>Posts a body straight to the sandbox's Graph API, bypassing the client, to see what the sandbox makes of it.</summary>
public static class RawGraph
{
    /// <summary>POSTs <paramref name="json"/> to graph/v23.0/<paramref name="path"/>; returns the Graph error code, or null on success.</summary>
    public static Task<int?> SandboxErrorCodeAsync(this ContractHost host, string path, string json) =>
        host.SandboxErrorCodeAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<int?> SandboxErrorCodeAsync(this ContractHost host, string path, HttpContent content) =>
        (await host.SandboxErrorAsync(path, content))?.Code;

    /// <summary>POSTs <paramref name="content"/>; returns the Graph error's code and subcode, or null on success.</summary>
    public static async Task<(int Code, int? Subcode)?> SandboxErrorAsync(this ContractHost host, string path, HttpContent content)
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.Root, "graph/v23.0/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Settings.AccessToken);
        using var response = await http.PostAsync(path, content, TestContext.Current.CancellationToken);
        if (response.IsSuccessStatusCode) return null;
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = body.RootElement.GetProperty("error");
        return (error.GetProperty("code").GetInt32(), error.TryGetProperty("error_subcode", out var sub) ? sub.GetInt32() : null);
    }

    /// <summary>A request model written as the client writes it: snake_case names, nulls left out.</summary>
    public static string AsGraphJson<T>(T value) => JsonSerializer.Serialize(value, GraphJson);

    private static readonly JsonSerializerOptions GraphJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
