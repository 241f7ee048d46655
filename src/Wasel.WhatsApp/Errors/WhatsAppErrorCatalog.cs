namespace Wasel.WhatsApp.Errors;

/// <summary>
/// Plain-English explanations of Cloud API error codes (synchronous Graph errors and the error objects in status
/// and message webhooks). <see cref="ErrorExplanation.Retryable"/> is true only for codes where the same request
/// can succeed later without changes: server errors, throughput (130429), pair rate (131056) and app/WABA call
/// limits (4, 80007).
/// </summary>
public static partial class WhatsAppErrorCatalog
{
    private static readonly Dictionary<int, ErrorExplanation> Entries = Build();

    /// <summary>Every code with a specific explanation.</summary>
    public static IReadOnlyCollection<int> KnownCodes => Entries.Keys;

    /// <summary>Explains <paramref name="code"/>; unknown codes get a general explanation by code family.</summary>
    public static ErrorExplanation Explain(int code) => Explain(code, httpStatus: null);

    /// <summary>
    /// Explains <paramref name="code"/> as returned with <paramref name="httpStatus"/>. Codes not in the catalogue
    /// (or a response that was not a Graph error) are explained by family and HTTP class: 5xx is retryable, 4xx is not.
    /// </summary>
    public static ErrorExplanation Explain(int? code, int? httpStatus)
    {
        if (code is int known)
        {
            if (Entries.TryGetValue(known, out var entry))
                return entry;
            if (FamilyOf(known) is { } family)
                return family with { Code = known };
        }

        return ByHttpClass(httpStatus) with { Code = code };
    }

    /// <summary>
    /// Explains a Graph error that may carry a subcode. Template management errors arrive as code 100 "Invalid parameter"
    /// with the specific 2388xxx code as subcode, so those are explained by the subcode; anything else by
    /// <paramref name="code"/>, as <see cref="Explain(int?, int?)"/> does.
    /// </summary>
    public static ErrorExplanation Explain(int? code, int? subcode, int? httpStatus) =>
        subcode is >= 2388000 and <= 2388999 ? Explain(subcode, httpStatus) : Explain(code, httpStatus);

    private static ErrorExplanation? FamilyOf(int code) => code switch
    {
        >= 200 and <= 299 => Entries[200],
        >= 132000 and <= 132999 => Entry("The template message does not match an approved template (name, language, parameters or status).",
            "Check the template in WhatsApp Manager and the parameters sent; fix the request before sending again.", false),
        >= 133000 and <= 133999 => Entry("Phone number registration or two-step verification failed.",
            "Check the number's registration state and PIN in WhatsApp Manager.", false),
        >= 2388000 and <= 2388999 => Entry("The template definition was rejected by the management API.",
            "Read the details, fix the template's name, components or examples and submit again.", false),
        _ => null,
    };

    private static ErrorExplanation ByHttpClass(int? httpStatus) => httpStatus switch
    {
        >= 500 => Entry("Meta had a server-side problem.", "Retry with back-off; check Meta's status page if it persists.",
            true, "Retry after a few seconds with exponential back-off."),
        429 => Entry("Too many requests.", "Slow down and retry later.", true, "Retry with exponential back-off."),
        401 => Entry("The access token was rejected.", "Check or renew the access token.", false),
        403 => Entry("The app or token lacks permission for this action.", "Check the token's permissions and the account's state.", false),
        404 => Entry("The object was not found.", "Check the id or URL in the request.", false),
        _ => Entry("The request was rejected.", "Read the error details and fix the request; sending it unchanged will fail again.", false),
    };

    private static ErrorExplanation Entry(string meaning, string whatToDo, bool retryable, string? retryAfter = null) =>
        new() { Meaning = meaning, WhatToDo = whatToDo, Retryable = retryable, RetryAfterGuidance = retryAfter };

    private static Dictionary<int, ErrorExplanation> Build()
    {
        var entries = new Dictionary<int, ErrorExplanation>();
        AddPlatformErrors(entries);
        AddMessagingErrors(entries);
        AddTemplateErrors(entries);
        foreach (var (code, entry) in entries)
            entries[code] = entry with { Code = code };
        return entries;
    }
}
