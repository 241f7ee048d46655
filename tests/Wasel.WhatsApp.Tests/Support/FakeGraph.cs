using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wasel.WhatsApp.Tests.Support;

/// <summary>
/// A real HTTP server on a free local port that plays Meta's side for one test: it records every request and
/// answers from a script, one step per request.
/// </summary>
internal sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly List<ServiceProvider> _providers = [];

    private FakeGraph(WebApplication app) => _app = app;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Graph root with a path prefix, as when Wasel embeds the sandbox.</summary>
    public Uri BaseUrl => new(_app.Urls.First().TrimEnd('/') + "/sandbox/graph");

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var graph = new FakeGraph(app);
        app.Run(graph.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return graph;
    }

    public FakeGraph Then(Func<HttpContext, Task> step)
    {
        _script.Enqueue(step);
        return this;
    }

    public FakeGraph ThenJson(int status, string json) => Then(async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    });

    public FakeGraph ThenGraphError(int status, int code, string title = "Error", string? details = null) =>
        ThenJson(status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = $"(#{code}) {title}", ["type"] = "OAuthException", ["code"] = code,
                ["error_data"] = new JsonObject { ["messaging_product"] = "whatsapp", ["details"] = details ?? title },
                ["fbtrace_id"] = "AbCdEf123",
            },
        }.ToJsonString());

    public FakeGraph ThenAccepted(string wamid = "wamid.ACCEPTED") => ThenJson(200,
        $$"""{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"{{wamid}}","message_status":"accepted"}]}""");

    public FakeGraph ThenSuccess() => ThenJson(200, """{"success":true}""");

    /// <summary>Never answers: the client's attempt timeout has to give up.</summary>
    public FakeGraph ThenHang() => Then(async context =>
    {
        try { await Task.Delay(Timeout.Infinite, context.RequestAborted); }
        catch (OperationCanceledException) { }
    });

    public WhatsAppClient CreateClient(Action<WhatsAppOptions>? configure = null, Action<IHttpClientBuilder>? http = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddWhatsAppClient(options =>
        {
            options.BaseUrl = BaseUrl;
            options.ApiVersion = "v23.0";
            options.AccessToken = "test-token";
            options.PhoneNumberId = "106540352242922";
            options.WabaId = "102290129340398";
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            options.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
            options.AttemptTimeout = TimeSpan.FromSeconds(5);
            options.TotalTimeout = TimeSpan.FromSeconds(20);
            configure?.Invoke(options);
        });
        http?.Invoke(builder);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<WhatsAppClient>();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "", context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType, body.ToArray(),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        // Replayed so that a scripted step can still parse the body (e.g. a multipart form).
        context.Request.Body = new MemoryStream(body.ToArray());

        if (_script.TryDequeue(out var step))
            await step(context);
        else
            await Results.Json(new { error = new { message = "FakeGraph script exhausted", code = 1 } }, statusCode: 418)
                .ExecuteAsync(context);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
            await provider.DisposeAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record RecordedRequest(string Method, string Path, string Query, string Authorization, string? ContentType, byte[] Body,
    IReadOnlyDictionary<string, string> Headers)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}
