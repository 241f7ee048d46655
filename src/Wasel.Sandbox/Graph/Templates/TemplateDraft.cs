using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Graph.Templates;

/// <summary>A create-template request that passed validation.</summary>
public sealed record TemplateDraft(string Name, string Language, string Category, string ParameterFormat, JsonArray Components);
