using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Wasel.Sandbox.Control;
using Wasel.Sandbox.Graph;

namespace Wasel.Sandbox.Tests.Graph;

public class GraphFaultsTests
{
    /// <summary>The sandbox with the faults endpoints mapped under /test-api, as the control API maps them.</summary>
    private sealed class FaultsHost : IAsyncDisposable
    {
        private readonly WebApplication app;

        private FaultsHost(WebApplication app, Uri root)
        {
            this.app = app;
            Http = new HttpClient { BaseAddress = root };
            Graph = new HttpClient { BaseAddress = new Uri(root, "graph/v23.0/") };
            Graph.DefaultRequestHeaders.Authorization = new("Bearer", new SandboxOptions().AccessToken);
        }

        public HttpClient Http { get; }
        public HttpClient Graph { get; }
        public GraphFaults Faults => app.Services.GetRequiredService<GraphFaults>();
        public string PhoneNumberId => new SandboxOptions().PhoneNumberId;

        public static async Task<FaultsHost> StartAsync(TimeProvider? time = null)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            if (time is not null) builder.Services.AddSingleton(time);
            builder.AddSandbox(o => o.TemplateReviewDelayMs = 0);
            var app = builder.Build();
            app.MapSandbox();
            app.MapGroup("/test-api").MapFaults();
            await app.StartAsync(TestContext.Current.CancellationToken);
            return new FaultsHost(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            Graph.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Injected_error_answers_the_next_n_requests_then_normal_answers_return()
    {
        await using var host = await FaultsHost.StartAsync();

        using var added = await host.Http.PostAsJsonAsync("test-api/faults", new { count = 2, status = 503, code = 131016 }, TestContext.Current.CancellationToken);
        var first = await host.Graph.GetJsonAsync(host.PhoneNumberId);
        var second = await host.Graph.GetJsonAsync(host.PhoneNumberId);
        var third = await host.Graph.GetJsonAsync(host.PhoneNumberId);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
        Assert.Equal(131016, first.ErrorCode);
        Assert.Equal(131016, second.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, third.Status);
    }

    [Fact]
    public async Task A_fault_limited_to_a_path_suffix_leaves_other_paths_alone()
    {
        await using var host = await FaultsHost.StartAsync();
        host.Faults.Add(new GraphFault(1, 500, 131000, 0, "messages"));

        var other = await host.Graph.GetJsonAsync(host.PhoneNumberId);
        var send = await host.Graph.PostAsync($"{host.PhoneNumberId}/messages", """{"messaging_product":"whatsapp","to":"15559990001","text":{"body":"hi"}}""");

        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal(HttpStatusCode.InternalServerError, send.Status);
        Assert.Equal(131000, send.ErrorCode);
    }

    [Fact]
    public async Task Faults_are_listed_and_cleared()
    {
        await using var host = await FaultsHost.StartAsync();
        await host.Http.PostAsJsonAsync("test-api/faults", new { count = 3, delay_ms = 10 }, TestContext.Current.CancellationToken);

        var listed = await host.Http.GetJsonAsync("test-api/faults");
        using var cleared = await host.Http.DeleteAsync("test-api/faults", TestContext.Current.CancellationToken);

        Assert.Equal(3, listed.Json[0].GetProperty("count").GetInt32());
        Assert.Equal(10, listed.Json[0].GetProperty("delay_ms").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(host.Faults.Pending);
    }

    [Fact]
    public async Task An_invalid_fault_is_a_problem_naming_the_field()
    {
        await using var host = await FaultsHost.StartAsync();

        using var response = await host.Http.PostAsJsonAsync("test-api/faults", new { count = 0, status = 200 }, TestContext.Current.CancellationToken);
        var problem = await GraphCalls.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(problem.Json.GetProperty("errors").TryGetProperty("count", out _));
        Assert.True(problem.Json.GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task A_delay_fault_holds_the_answer_until_the_delay_has_passed()
    {
        var time = new FakeTimeProvider();
        await using var host = await FaultsHost.StartAsync(time);
        host.Faults.Add(new GraphFault(1, null, null, 5000, null));

        var pending = host.Graph.GetJsonAsync(host.PhoneNumberId);
        await GraphCalls.EventuallyAsync(() => host.Faults.Pending.Count == 0, "the request to take the fault");
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(pending.IsCompleted);
        // The delay's timer may be registered just after the fault is taken; step the clock until it fires.
        for (var i = 0; i < 200 && !pending.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.OK, (await pending).Status);
    }
}
