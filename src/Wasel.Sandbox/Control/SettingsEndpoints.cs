using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Wasel.Sandbox.State;

namespace Wasel.Sandbox.Control;

/// <summary>GET and PATCH of the live settings: any subset of <see cref="SandboxOptions"/>, by snake_case or PascalCase name.</summary>
internal static partial class SettingsEndpoints
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Dictionary<string, PropertyInfo> Settings = typeof(SandboxOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .ToDictionary(p => Key(p.Name), StringComparer.Ordinal);

    public static void MapSettings(this RouteGroupBuilder api)
    {
        api.MapGet("/settings", (SandboxState state) => TypedResults.Ok(Snapshot(state.Settings)))
            .WithName("GetSettings").WithSummary("The settings in force, snake_case").WithTags("Settings");
        api.MapPatch("/settings", Patch)
            .WithName("PatchSettings").WithSummary("Change any settings at once (validated together)")
            .WithDescription("Names as in GET /api/settings (snake_case) or as configuration keys (PascalCase), e.g. " +
                "{\"failure_rate\":0.1,\"ReadDelayMs\":-1}. An invalid value changes nothing and the problem names the setting.")
            .WithTags("Settings");
    }

    private static Results<Ok<JsonObject>, ValidationProblem> Patch(JsonObject changes, SandboxState state)
    {
        var errors = new Errors();
        var values = new List<(PropertyInfo Property, object? Value)>();
        foreach (var (name, node) in changes)
        {
            if (!Settings.TryGetValue(Key(name), out var property))
            {
                errors.Add(name, $"'{name}' is not a setting; GET /api/settings lists them.");
                continue;
            }
            var snake = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
            try
            {
                var value = node.Deserialize(property.PropertyType, Json);
                if (value is null && property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null)
                    throw new JsonException();
                values.Add((property, value));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                errors.Add(snake, $"{snake} must be {Describe(property.PropertyType)}.");
            }
        }
        if (errors.Count > 0) return ControlProblems.Invalid(errors);

        var candidate = state.Settings.Clone();
        foreach (var (property, value) in values) property.SetValue(candidate, value);
        var result = new SandboxOptionsValidator().Validate(null, candidate);
        if (result.Failed)
        {
            foreach (var failure in result.Failures ?? [])
            {
                var named = SettingName().Matches(failure).Select(m => JsonNamingPolicy.SnakeCaseLower.ConvertName(m.Groups[1].Value)).DefaultIfEmpty("settings");
                foreach (var key in named.Distinct()) errors.Add(key, failure);
            }
            return ControlProblems.Invalid(errors);
        }
        state.ChangeSettings(o =>
        {
            foreach (var (property, value) in values) property.SetValue(o, value);
        });
        return TypedResults.Ok(Snapshot(state.Settings));
    }

    private static JsonObject Snapshot(SandboxOptions settings) => JsonSerializer.SerializeToNode(settings, Json)!.AsObject();

    /// <summary>Matches snake_case, PascalCase and camelCase spellings of one name.</summary>
    private static string Key(string name) => name.Replace("_", "").ToLowerInvariant();

    private static string Describe(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = t != type ? " or null" : "";
        if (t.IsEnum) return $"one of {string.Join(", ", Enum.GetNames(t))}{nullable}";
        if (t == typeof(int)) return $"a whole number{nullable}";
        if (t == typeof(double)) return $"a number{nullable}";
        if (t == typeof(bool)) return $"true or false{nullable}";
        return type == typeof(string) ? "a string" : $"a {t.Name}{nullable}";
    }

    [GeneratedRegex(@"Sandbox:(\w+)")]
    private static partial Regex SettingName();
}
