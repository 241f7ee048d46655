using System.Text.Json.Nodes;
using Wasel.Platform.Data;
using Wasel.Tests.Infrastructure;

namespace Wasel.Tests.Platform;

/// <summary>
/// The OpenAPI documents are committed (docs/openapi/) so that every contract change shows in review. A change to
/// the API fails here until the file is regenerated: run the tests once with WASEL_UPDATE_OPENAPI=1.
/// </summary>
public class OpenApiContractTests
{
    [Theory]
    [InlineData("/openapi/v1.json", "v1.json")]
    [InlineData("/sandbox/api/openapi/sandbox.json", "sandbox.json")]
    public async Task The_served_document_matches_the_committed_one(string url, string file)
    {
        await using var app = await WaselApp.StartAsync(DatabaseProvider.Sqlite);
        var served = JsonNode.Parse(await app.CreateClient().GetStringAsync(url, TestContext.Current.CancellationToken))!;
        served["servers"] = null; // the test server's address is not part of the contract
        var text = served.ToJsonString(new() { WriteIndented = true }) + "\n";
        var path = Path.Combine(RepositoryRoot(), "docs", "openapi", file);

        if (Environment.GetEnvironmentVariable("WASEL_UPDATE_OPENAPI") == "1") await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);

        Assert.True(File.Exists(path), $"docs/openapi/{file} is missing: run the tests with WASEL_UPDATE_OPENAPI=1 to write it.");
        var committed = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.True(committed == text, $"The API changed: review it, then regenerate docs/openapi/{file} by running the tests with WASEL_UPDATE_OPENAPI=1.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wasel.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Wasel.slnx not found above the test binaries.");
    }
}
