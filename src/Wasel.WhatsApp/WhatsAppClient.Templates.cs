using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Wasel.WhatsApp.Json;
using Wasel.WhatsApp.Resilience;
using Wasel.WhatsApp.Templates;
using Wasel.WhatsApp.Validation;

namespace Wasel.WhatsApp;

public sealed partial class WhatsAppClient
{
    private const string TemplateFields = "id,name,language,status,category,sub_category,parameter_format,components";

    /// <summary>Submits a template for review (after checking Meta's template rules); it starts as PENDING.</summary>
    public async Task<TemplateCreated> CreateTemplateAsync(TemplateDefinition template, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(WhatsAppValidator.Validate(template));
        using var request = NewRequest(HttpMethod.Post, GraphUri($"{WabaId}/message_templates"), GraphRequestKind.NotIdempotent);
        request.Content = JsonContent.Create(template, WhatsAppJsonContext.Default.TemplateDefinition);
        return await SendAsync(request, WhatsAppJsonContext.Default.TemplateCreated, cancellationToken);
    }

    /// <summary>Lists one page of the account's templates; pass <see cref="TemplatePage.NextCursor"/> as <see cref="TemplateQuery.After"/> for the next.</summary>
    public async Task<TemplatePage> ListTemplatesAsync(TemplateQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new TemplateQuery();
        var parameters = new List<string> { "fields=" + Uri.EscapeDataString(query.Fields is null ? TemplateFields : string.Join(',', query.Fields)) };
        if (query.Limit is { } limit)
            parameters.Add($"limit={limit}");
        if (query.After is { } after)
            parameters.Add("after=" + Uri.EscapeDataString(after));
        if (query.Status is { } status)
            parameters.Add("status=" + Uri.EscapeDataString(status));
        if (query.Name is { } name)
            parameters.Add("name=" + Uri.EscapeDataString(name));
        using var request = NewRequest(HttpMethod.Get, GraphUri($"{WabaId}/message_templates?{string.Join('&', parameters)}"),
            GraphRequestKind.Idempotent);
        return await SendAsync(request, WhatsAppJsonContext.Default.TemplatePage, cancellationToken);
    }

    /// <summary>Lists every template matching <paramref name="query"/>, following the pages.</summary>
    public async IAsyncEnumerable<MessageTemplate> ListAllTemplatesAsync(TemplateQuery? query = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        query ??= new TemplateQuery();
        while (true)
        {
            var page = await ListTemplatesAsync(query, cancellationToken);
            foreach (var template in page.Data)
                yield return template;
            if (page.NextCursor is not { } next)
                yield break;
            query = query with { After = next };
        }
    }

    /// <summary>Deletes a template in all its languages, or only the one with <paramref name="templateId"/> (hsm_id).</summary>
    public async Task DeleteTemplateAsync(string name, string? templateId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var query = "name=" + Uri.EscapeDataString(name) + (templateId is null ? "" : "&hsm_id=" + Uri.EscapeDataString(templateId));
        using var request = NewRequest(HttpMethod.Delete, GraphUri($"{WabaId}/message_templates?{query}"), GraphRequestKind.Idempotent);
        await SendAsync(request, WhatsAppJsonContext.Default.SuccessResponse, cancellationToken);
    }
}
