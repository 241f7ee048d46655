using Wasel.Platform.Data;

namespace Wasel.Integrations.ApiKeys;

/// <summary>
/// `wasel api-keys create --name NAME --scopes a,b`: makes a key from the command line (for automation) and
/// prints it once. Exit code 0 on success, 2 on bad arguments.
/// </summary>
internal static class ApiKeysCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args is not ["api-keys", "create", ..])
        {
            await errors.WriteLineAsync("usage: api-keys create --name NAME --scopes scope1,scope2");
            await errors.WriteLineAsync($"scopes: {string.Join(", ", ApiScopes.All)}");
            return 2;
        }
        var name = ValueOf(args, "--name") ?? "";
        var scopes = (ValueOf(args, "--scopes") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        await DatabaseMigrator.MigrateIfEnabledAsync(services, CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateApiKey>().HandleAsync(new(name, scopes), CancellationToken.None);
        if (!result.Succeeded)
        {
            foreach (var (field, messages) in result.Errors!)
                foreach (var message in messages)
                    await errors.WriteLineAsync($"--{field}: {message}");
            return 2;
        }
        await output.WriteLineAsync($"Created API key '{result.Value!.Name}' with scopes {string.Join(", ", result.Value.Scopes)}.");
        await output.WriteLineAsync("Store it now; it is not shown again:");
        await output.WriteLineAsync(result.Value.Key);
        return 0;
    }

    private static string? ValueOf(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
