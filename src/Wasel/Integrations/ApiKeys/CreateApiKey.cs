using System.Security.Cryptography;
using System.Text;
using Wasel.Platform.Data;
using Wasel.Platform.Http;

namespace Wasel.Integrations.ApiKeys;

public sealed record CreateApiKeyRequest(string Name, IReadOnlyList<string> Scopes);

/// <summary>The new key's secret appears here once; only its hash is kept.</summary>
public sealed record CreatedApiKey(long Id, string Name, string Key, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt);

/// <summary>Makes an API key: validates name and scopes, stores the hash, returns the key once.</summary>
public sealed class CreateApiKey(WaselDb db, TimeProvider time)
{
    /// <summary>For people (the admin page): only admins make keys.</summary>
    public async Task<Result<CreatedApiKey>> HandleAsync(Agents.Staff caller, CreateApiKeyRequest request, CancellationToken cancellationToken) =>
        Agents.AdminOnly.Refuse(caller) is { } refused ? refused : await HandleAsync(request, cancellationToken);

    public async Task<Result<CreatedApiKey>> HandleAsync(CreateApiKeyRequest request, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0) return errors;

        var prefix = "wsl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var key = prefix + "_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var entity = new ApiKey
        {
            Name = request.Name.Trim(),
            Prefix = prefix,
            Hash = HashOf(key),
            Scopes = request.Scopes.Distinct().Order().ToList(),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(entity.Id, entity.Name, key, prefix, entity.Scopes, entity.CreatedAt);
    }

    public static byte[] HashOf(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static Dictionary<string, string[]> Validate(CreateApiKeyRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 128)
            errors["name"] = ["Give the key a name of 1 to 128 characters that says who uses it, e.g. \"crm-sync\"."];
        if (request.Scopes is null || request.Scopes.Count == 0)
            errors["scopes"] = [$"Give at least one scope. Known scopes: {string.Join(", ", ApiScopes.All)}."];
        else if (request.Scopes.FirstOrDefault(s => !ApiScopes.All.Contains(s)) is { } unknown)
            errors["scopes"] = [$"'{unknown}' is not a scope. Known scopes: {string.Join(", ", ApiScopes.All)}."];
        return errors;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
