using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Wasel.Sandbox.Graph;

/// <summary>
/// A synchronous Graph API error in Meta's body shape (error-codes page §2.1):
/// <c>{"error":{"message":"(#code) title","type","code","error_data":{"messaging_product","details"},"fbtrace_id"}}</c>.
/// </summary>
public sealed record GraphError(int Code, string Message, string? Details, int HttpStatus, string Type = "OAuthException")
{
    public int? Subcode { get; init; }
    /// <summary>Template management errors carry a user title and message as well as a subcode (2388xxx).</summary>
    public string? UserTitle { get; init; }
    public string? UserMessage { get; init; }

    /// <summary>An error from the table: message "(#code) title", details as given or the table's.</summary>
    public static GraphError Of(int code, string? details = null)
    {
        var known = CloudApiErrors.Get(code);
        return new GraphError(code, $"(#{code}) {known.Title}", details ?? known.Details, known.HttpStatus);
    }

    /// <summary>Code 100 with Meta's habit of putting the whole explanation in the message.</summary>
    public static GraphError InvalidParameter(string message) => new(100, $"(#100) {message}", null, 400);

    public static GraphError Required(string parameter) => Of(131008, $"The parameter {parameter} is required.");

    public static GraphError Invalid(string details) => Of(131009, details);

    public static GraphError UnknownObject(string id, string method) => new(100,
        $"Unsupported {method} request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api",
        null, 400, "GraphMethodException");

    public JsonObject ToJson()
    {
        var error = new JsonObject { ["message"] = Message, ["type"] = Type, ["code"] = Code };
        if (Details is not null) error["error_data"] = new JsonObject { ["messaging_product"] = "whatsapp", ["details"] = Details };
        if (Subcode is not null) error["error_subcode"] = Subcode;
        if (UserTitle is not null)
        {
            error["is_transient"] = false;
            error["error_user_title"] = UserTitle;
            error["error_user_msg"] = UserMessage;
        }
        error["fbtrace_id"] = NewTraceId();
        return new JsonObject { ["error"] = error };
    }

    public IResult ToResult() => Results.Json(ToJson(), statusCode: HttpStatus);

    private static string NewTraceId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).TrimEnd('=').Replace('/', '_').Replace('+', '-')[..23];
}
