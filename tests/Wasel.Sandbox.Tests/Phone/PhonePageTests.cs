using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Phone;

public class PhonePageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Phone_page_is_served_as_html_standalone()
    {
        await using var host = await SandboxHost.StartAsync();

        var response = await host.Http.GetAsync("phone", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("/phone/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("src=\"app.js\"", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Phone_page_and_its_assets_are_served_under_the_sandbox_prefix()
    {
        await using var app = await StartEmbeddedAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/") };

        var page = await http.GetAsync("sandbox/phone", Ct);
        var script = await http.GetAsync("sandbox/phone/app.js", Ct);
        var style = await http.GetAsync("sandbox/phone/app.css", Ct);
        var api = await http.GetAsync("sandbox/api/customers", Ct);

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/sandbox/phone/", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("sandbox/phone/missing.js", Ct)).StatusCode);
    }

    [Fact]
    public void Page_scripts_never_parse_text_as_markup()
    {
        var scripts = Sandbox.Phone.PhoneFeature.Files.Where(f => f.Key.EndsWith(".js")).ToList();

        Assert.Contains(scripts, f => f.Key == "app.js");
        foreach (var (name, content) in scripts)
        {
            var source = System.Text.Encoding.UTF8.GetString(content);
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(" })
                Assert.False(source.Contains(sink, StringComparison.Ordinal), $"{name} uses {sink}");
        }
    }

    [Fact]
    public void Links_from_messages_open_without_opener()
    {
        var render = System.Text.Encoding.UTF8.GetString(Sandbox.Phone.PhoneFeature.Files["render.js"]);

        var links = System.Text.RegularExpressions.Regex.Matches(render, "target: '_blank'").Count;
        var safe = System.Text.RegularExpressions.Regex.Matches(render, "rel: 'noopener noreferrer', target: '_blank'").Count;
        Assert.True(links > 0);
        Assert.Equal(links, safe);
    }

    private static async Task<WebApplication> StartEmbeddedAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddSandbox();
        var app = builder.Build();
        app.MapSandbox("/sandbox");
        await app.StartAsync(Ct);
        return app;
    }
}
