using System.Text.Json;
using Wasel.WhatsApp.Json;

namespace Wasel.WhatsApp.Errors;

/// <summary>A Cloud API error: Meta's fields plus a plain explanation from <see cref="WhatsAppErrorCatalog"/>.</summary>
public sealed record WhatsAppError
{
    /// <summary>HTTP status of the response.</summary>
    public required int HttpStatus { get; init; }

    /// <summary>Graph error code (e.g. 131047), or null when the body was not a Graph error.</summary>
    public int? Code { get; init; }

    /// <summary>
    /// Graph error subcode: on token errors (e.g. 463, expired) and on template management errors, where Meta answers
    /// code 100 with the specific 2388xxx code here.
    /// </summary>
    public int? Subcode { get; init; }

    /// <summary>Meta's message, e.g. "(#130429) Rate limit hit".</summary>
    public required string Title { get; init; }

    /// <summary>Graph error type, almost always OAuthException.</summary>
    public string? Type { get; init; }

    /// <summary>Meta's error_data.details: the most specific description.</summary>
    public string? Details { get; init; }

    /// <summary>Meta's error_user_title, sent with template management errors (e.g. "Too many variables for message length").</summary>
    public string? UserTitle { get; init; }

    /// <summary>Meta's error_user_msg: what to change, in words meant for the person who wrote the template.</summary>
    public string? UserMessage { get; init; }

    /// <summary>Meta's trace id: quote it when asking Meta support.</summary>
    public string? FbTraceId { get; init; }

    /// <summary>What the code means, what to do, and whether retrying can help.</summary>
    public required ErrorExplanation Explanation { get; init; }

    /// <summary>Reads a Graph error body; anything else (a proxy page, an empty 502) is explained by the HTTP status.</summary>
    internal static WhatsAppError FromResponse(int status, string? reason, string body)
    {
        GraphErrorBody? graph = null;
        try
        {
            graph = JsonSerializer.Deserialize(body, WhatsAppJsonContext.Default.GraphErrorEnvelope)?.Error;
        }
        catch (JsonException)
        {
            // Not a Graph error (a proxy's HTML page, an empty 502…): explained by HTTP status below.
        }

        return new WhatsAppError
        {
            HttpStatus = status,
            Code = graph?.Code,
            Subcode = graph?.ErrorSubcode,
            Title = graph?.Message ?? $"HTTP {status} {reason}",
            Type = graph?.Type,
            Details = graph?.ErrorData?.Details,
            UserTitle = graph?.ErrorUserTitle,
            UserMessage = graph?.ErrorUserMsg,
            FbTraceId = graph?.FbtraceId,
            Explanation = WhatsAppErrorCatalog.Explain(graph?.Code, graph?.ErrorSubcode, status),
        };
    }
}

/// <summary>The plain-English reading of an error code.</summary>
public sealed record ErrorExplanation
{
    /// <summary>The code explained (null for a response that was not a Graph error).</summary>
    public int? Code { get; init; }

    /// <summary>What happened.</summary>
    public required string Meaning { get; init; }

    /// <summary>What to do about it.</summary>
    public required string WhatToDo { get; init; }

    /// <summary>Whether sending the same request again (after a wait) can succeed; the client retries these itself.</summary>
    public required bool Retryable { get; init; }

    /// <summary>How long to wait before trying again, when that can help.</summary>
    public string? RetryAfterGuidance { get; init; }
}

/// <summary>The wire shape of a Graph error body: {"error":{…}}.</summary>
internal sealed record GraphErrorEnvelope
{
    public GraphErrorBody? Error { get; init; }
}

internal sealed record GraphErrorBody
{
    public string? Message { get; init; }
    public string? Type { get; init; }
    public int? Code { get; init; }
    public int? ErrorSubcode { get; init; }
    public GraphErrorData? ErrorData { get; init; }
    public string? ErrorUserTitle { get; init; }
    public string? ErrorUserMsg { get; init; }
    public string? FbtraceId { get; init; }
}

internal sealed record GraphErrorData
{
    public string? Details { get; init; }
}
