namespace Wasel.WhatsApp.Templates;

/// <summary>A template as Meta lists it.</summary>
public sealed record MessageTemplate
{
    /// <summary>Template id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Language code.</summary>
    public string? Language { get; init; }

    /// <summary>APPROVED, PENDING, REJECTED, PAUSED, DISABLED, IN_APPEAL, PENDING_DELETION, DELETED, LIMIT_EXCEEDED, ARCHIVED, LOCKED.</summary>
    public string? Status { get; init; }

    /// <summary>MARKETING, UTILITY or AUTHENTICATION.</summary>
    public string? Category { get; init; }

    /// <summary>Sub-category, when Meta gives one.</summary>
    public string? SubCategory { get; init; }

    /// <summary>POSITIONAL or NAMED.</summary>
    public string? ParameterFormat { get; init; }

    /// <summary>The components as created.</summary>
    public IReadOnlyList<TemplateComponentDefinition>? Components { get; init; }
}

/// <summary>One page of templates; pass <see cref="TemplatePaging.Cursors"/>.After to fetch the next.</summary>
public sealed record TemplatePage
{
    /// <summary>The templates on this page.</summary>
    public IReadOnlyList<MessageTemplate> Data { get; init; } = [];

    /// <summary>Cursors; <see cref="TemplatePaging.Next"/> is null on the last page.</summary>
    public TemplatePaging? Paging { get; init; }

    /// <summary>The cursor of the next page, or null when this is the last one.</summary>
    public string? NextCursor => Paging?.Next is null ? null : Paging.Cursors?.After;
}

/// <summary>Graph paging.</summary>
public sealed record TemplatePaging
{
    /// <summary>Before/after cursors.</summary>
    public TemplateCursors? Cursors { get; init; }

    /// <summary>URL of the next page; absent on the last page.</summary>
    public string? Next { get; init; }
}

/// <summary>Graph cursors.</summary>
public sealed record TemplateCursors
{
    /// <summary>Cursor of the previous page.</summary>
    public string? Before { get; init; }

    /// <summary>Cursor of the next page.</summary>
    public string? After { get; init; }
}

/// <summary>Filters for listing templates.</summary>
public sealed record TemplateQuery
{
    /// <summary>Page size.</summary>
    public int? Limit { get; init; }

    /// <summary>Cursor from the previous page's <see cref="TemplatePage.NextCursor"/>.</summary>
    public string? After { get; init; }

    /// <summary>Only templates with this status, e.g. APPROVED.</summary>
    public string? Status { get; init; }

    /// <summary>Only templates whose name contains this.</summary>
    public string? Name { get; init; }

    /// <summary>Fields to return; all of <see cref="MessageTemplate"/> by default.</summary>
    public IReadOnlyList<string>? Fields { get; init; }
}

/// <summary>The answer to a template creation.</summary>
public sealed record TemplateCreated
{
    /// <summary>The new template's id.</summary>
    public required string Id { get; init; }

    /// <summary>Usually PENDING (review takes up to 24 h).</summary>
    public string? Status { get; init; }

    /// <summary>The category Meta assigned.</summary>
    public string? Category { get; init; }
}
