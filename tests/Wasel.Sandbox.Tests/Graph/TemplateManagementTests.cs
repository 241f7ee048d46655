using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Sandbox.Graph.Templates;
using Wasel.Sandbox.Tests.Infrastructure;

namespace Wasel.Sandbox.Tests.Graph;

public class TemplateManagementTests
{
    private static Task<GraphAnswer> CreateAsync(SandboxHost host, string json) =>
        host.Graph.PostAsync($"{host.Options.WabaId}/message_templates", json);


    [Fact]
    public async Task A_new_template_is_pending_then_approved_after_review()
    {
        await using var host = await SandboxHost.StartAsync(o => o.TemplateReviewDelayMs = 600_000);

        var answer = await CreateAsync(host, TemplateFixtures.OrderReady);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("PENDING", answer.Json.GetProperty("status").GetString());
        Assert.Equal("UTILITY", answer.Json.GetProperty("category").GetString());
        var id = answer.Json.GetProperty("id").GetString()!;
        var byId = await host.Graph.GetJsonAsync($"{id}?fields=status");
        Assert.Equal("PENDING", byId.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Review_approves_a_valid_template()
    {
        await using var host = await SandboxHost.StartAsync();

        var template = await TemplateFixtures.CreateApprovedAsync(host, TemplateFixtures.OrderReady);

        Assert.Equal("APPROVED", host.Services.GetRequiredService<TemplateStore>().Find("order_ready", "en_US")!.Status);
        Assert.Equal("order_ready", template.Name);
    }

    [Fact]
    public async Task Review_rejects_banned_words_and_promotional_utility_templates()
    {
        await using var host = await SandboxHost.StartAsync(o => o.TemplateBannedWords = "casino");
        var store = host.Services.GetRequiredService<TemplateStore>();

        var banned = await CreateAsync(host, """{"name":"banned","language":"en","category":"MARKETING","components":[{"type":"BODY","text":"Visit our casino tonight"}]}""");
        var promo = await CreateAsync(host, """{"name":"promo","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"Big sale on all shoes"}]}""");

        await GraphCalls.EventuallyAsync(() => store.Find("banned", "en")?.Status == "REJECTED" && store.Find("promo", "en")?.Status == "REJECTED", "rejections");
        Assert.Equal("ABUSIVE_CONTENT", store.Find("banned", "en")!.RejectedReason);
        Assert.Equal("PROMOTIONAL", store.Find("promo", "en")!.RejectedReason);
        Assert.Equal(HttpStatusCode.OK, banned.Status);
        Assert.Equal(HttpStatusCode.OK, promo.Status);
    }

    [Fact]
    public async Task Listing_pages_with_cursors_and_filters_by_status_and_name()
    {
        await using var host = await SandboxHost.StartAsync(o => o.TemplateReviewDelayMs = 600_000);
        foreach (var name in new[] { "alpha", "beta", "gamma", "delta", "epsilon" })
            await CreateAsync(host, JsonText.Fill("""{"name":"<<0>>","language":"en","category":"UTILITY","components":[{"type":"BODY","text":"Hello"}]}""", name));
        var waba = host.Options.WabaId;

        var first = await host.Graph.GetJsonAsync($"{waba}/message_templates?limit=2&fields=name,status");
        var after = first.Json.GetProperty("paging").GetProperty("cursors").GetProperty("after").GetString();
        var second = await host.Graph.GetJsonAsync($"{waba}/message_templates?limit=2&fields=name,status&after={after}");
        var last = await host.Graph.GetJsonAsync($"{waba}/message_templates?limit=2&after={second.Json.GetProperty("paging").GetProperty("cursors").GetProperty("after").GetString()}");
        var byName = await host.Graph.GetJsonAsync($"{waba}/message_templates?name=gam");
        var approved = await host.Graph.GetJsonAsync($"{waba}/message_templates?status=APPROVED");

        string[] Names(GraphAnswer a) => a.Json.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["alpha", "beta"], Names(first));
        Assert.True(first.Json.GetProperty("paging").TryGetProperty("next", out _));
        Assert.False(first.Json.GetProperty("data")[0].TryGetProperty("components", out _));
        Assert.True(first.Json.GetProperty("data")[0].TryGetProperty("id", out _));
        Assert.Equal(["gamma", "delta"], Names(second));
        Assert.Equal(["epsilon"], Names(last));
        Assert.False(last.Json.GetProperty("paging").TryGetProperty("next", out _));
        Assert.Equal(["gamma"], Names(byName));
        Assert.Empty(Names(approved));
    }

    [Fact]
    public async Task Deleting_by_name_removes_every_language_and_by_hsm_id_only_one()
    {
        await using var host = await SandboxHost.StartAsync();
        var waba = host.Options.WabaId;
        foreach (var language in new[] { "en", "ar", "fr" })
            await CreateAsync(host, JsonText.Fill("""{"name":"bye","language":"<<0>>","category":"UTILITY","components":[{"type":"BODY","text":"Hello"}]}""", language));
        var store = host.Services.GetRequiredService<TemplateStore>();

        var one = await host.Graph.DeleteJsonAsync($"{waba}/message_templates?name=bye&hsm_id={store.Find("bye", "fr")!.Id}");
        Assert.True(one.Json.GetProperty("success").GetBoolean());
        Assert.Null(store.Find("bye", "fr"));
        Assert.NotNull(store.Find("bye", "en"));

        await host.Graph.DeleteJsonAsync($"{waba}/message_templates?name=bye");
        Assert.Null(store.Find("bye", "en"));
        Assert.Null(store.Find("bye", "ar"));
    }

    [Fact]
    public void Status_webhook_carries_event_id_name_language_reason_and_category()
    {
        var template = new MessageTemplate { Id = "7000000000000001", Name = "order_ready", Language = "en_US", Category = "UTILITY", ParameterFormat = "POSITIONAL", Components = [] };

        var value = TemplateStatusWebhook.Build(template, "REJECTED", "PROMOTIONAL");

        Assert.Equal("""{"event":"REJECTED","message_template_id":7000000000000001,"message_template_name":"order_ready","message_template_language":"en_US","reason":"PROMOTIONAL","message_template_category":"UTILITY"}""", value.ToJsonString());
    }
}
