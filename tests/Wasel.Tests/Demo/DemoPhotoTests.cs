using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Demo;

public class DemoPhotoTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_photos_demo_customers_sent_are_fetched_and_served_like_any_inbound_media()
    {
        await using var app = await WaselApp.StartOnKestrelAsync(DatabaseProvider.Sqlite, new() { ["Demo:Seed"] = "true" });
        var api = await app.ClientWithScopesAsync(ApiScopes.ConversationsRead);
        List<long> imageIds;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<WaselDb>>().CreateDbContextAsync(Ct))
            imageIds = await Eventually.GetAsync("the demo's image messages", async () =>
            {
                var ids = await db.Messages.Where(m => m.Type == "image").Select(m => m.Id).ToListAsync(Ct);
                return ids.Count == 2 ? ids : null;
            });

        foreach (var id in imageIds)
        {
            await Eventually.TrueAsync($"demo photo {id} stored", async () =>
                (await api.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{id}/media/info", Ct))!["state"]!.GetValue<string>() == "stored");
            var photo = await api.GetAsync($"/api/v1/messages/{id}/media", Ct);
            Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
            Assert.Equal(0x89, (await photo.Content.ReadAsByteArrayAsync(Ct))[0]);
        }
    }
}
