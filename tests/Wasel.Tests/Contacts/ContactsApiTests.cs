using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wasel.Integrations.ApiKeys;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Contacts;

public class ContactsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upsert_creates_then_updates_and_normalises_the_number(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var client = await app.ClientWithScopesAsync(ApiScopes.ContactsRead, ApiScopes.ContactsWrite);

        var created = await client.PutAsJsonAsync("/api/v1/contacts/+966 50 123 4567", new { name = "سارة", language = "ar", tags = new[] { "vip" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var updated = await client.PutAsJsonAsync("/api/v1/contacts/966501234567", new { attributes = new Dictionary<string, string> { ["city"] = "Riyadh" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        var contact = await client.GetFromJsonAsync<JsonElement>("/api/v1/contacts/966501234567", Ct);
        Assert.Equal("+966501234567", contact.GetProperty("phone").GetString());
        Assert.Equal("سارة", contact.GetProperty("name").GetString());
        Assert.Equal("Riyadh", contact.GetProperty("attributes").GetProperty("city").GetString());
        Assert.Equal("vip", contact.GetProperty("tags")[0].GetString());
    }

    [Fact]
    public async Task Rejects_an_invalid_number_naming_the_field()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.ClientWithScopesAsync(ApiScopes.ContactsWrite);

        var response = await client.PutAsJsonAsync("/api/v1/contacts/12345", new { name = "x" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("country code", problem.GetProperty("errors").GetProperty("wa_id")[0].GetString());
    }

    [Fact]
    public async Task Requires_a_key_with_the_right_scope()
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var anonymous = app.CreateClient();
        var readOnly = await app.ClientWithScopesAsync(ApiScopes.ContactsRead);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/contacts/966501234567", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PutAsJsonAsync("/api/v1/contacts/966501234567", new { name = "x" }, Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_finds_by_name_fragment_number_and_tag(DatabaseProvider provider)
    {
        await using var app = await WaselApp.StartAsync(provider);
        var client = await app.ClientWithScopesAsync(ApiScopes.ContactsRead, ApiScopes.ContactsWrite);
        await client.PutAsJsonAsync("/api/v1/contacts/966501110001", new { name = "Nora Alharbi", tags = new[] { "vip" } }, Ct);
        await client.PutAsJsonAsync("/api/v1/contacts/966501110002", new { name = "نورة القحطاني" }, Ct);
        await client.PutAsJsonAsync("/api/v1/contacts/447700900123", new { name = "Oliver" }, Ct);

        async Task<string[]> Search(string query) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/v1/contacts?{query}", Ct)).GetProperty("items").EnumerateArray()
                .Select(c => c.GetProperty("wa_id").GetString()!).ToArray();

        Assert.Equal(["966501110001"], await Search("search=nora"));
        Assert.Equal(["966501110002"], await Search("search=" + Uri.EscapeDataString("نورة")));
        Assert.Equal(["966501110002", "966501110001"], await Search("search=9665011100"));
        Assert.Equal(["966501110001"], await Search("tag=vip"));
    }
}
