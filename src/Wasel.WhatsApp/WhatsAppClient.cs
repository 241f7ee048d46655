using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.Json;
using Wasel.WhatsApp.Messages;
using Wasel.WhatsApp.Resilience;
using Wasel.WhatsApp.Validation;

namespace Wasel.WhatsApp;

/// <summary>
/// Typed client for the WhatsApp Cloud API (Graph). Register it with
/// <see cref="WhatsAppServiceCollectionExtensions.AddWhatsAppClient(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{WhatsAppOptions})"/>,
/// which also installs the retry and timeout policy described there.
/// Every call validates its request first (<see cref="WhatsAppValidationException"/>), and turns a Graph error
/// into <see cref="WhatsAppApiException"/> with an explanation.
/// </summary>
public sealed partial class WhatsAppClient(HttpClient http, IOptions<WhatsAppOptions> options)
{
    private readonly WhatsAppOptions _options = options.Value;

    /// <summary>
    /// Sends a message. The result means Meta accepted it; delivery is reported by status webhooks.
    /// A send is never repeated after a timeout or a cut-off connection, because Meta may already have accepted it:
    /// that case throws <see cref="WhatsAppAmbiguousSendException"/>.
    /// </summary>
    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(WhatsAppValidator.Validate(message));
        using var request = NewRequest(HttpMethod.Post, GraphUri($"{PhoneNumberId}/messages"), GraphRequestKind.Send);
        request.Content = JsonContent.Create(message, WhatsAppJsonContext.Default.OutgoingMessage);
        SendResponse response;
        try
        {
            response = await SendAsync(request, WhatsAppJsonContext.Default.SendResponse, cancellationToken);
        }
        catch (TimeoutRejectedException) when (GraphRequestOptions.LastAnswerOf(request) is { } rejected)
        {
            // Time ran out during back-off after Meta rejected the latest attempt: a definite failure.
            throw new WhatsAppApiException(WhatsAppError.FromResponse(rejected.Status, rejected.Reason, rejected.Body));
        }
        catch (Exception exception) when (IsAmbiguous(exception) && !cancellationToken.IsCancellationRequested)
        {
            throw new WhatsAppAmbiguousSendException(message, exception);
        }

        var accepted = response.Messages?.FirstOrDefault()
            ?? throw new JsonException("Meta's send response has no messages[0].id.");
        var contact = response.Contacts?.FirstOrDefault();
        return new SendResult
        {
            MessageId = accepted.Id, MessageStatus = accepted.MessageStatus, WaId = contact?.WaId, Input = contact?.Input,
        };
    }

    /// <summary>A timeout or a connection lost mid-exchange; a connection that was never opened is a definite failure.</summary>
    private static bool IsAmbiguous(Exception exception) => exception switch
    {
        TimeoutRejectedException => true,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => false,
        HttpRequestException => true,
        _ => false,
    };

    /// <summary>Marks an inbound message (and earlier ones) read; <paramref name="showTyping"/> also shows "typing…".</summary>
    public async Task MarkReadAsync(string messageId, bool showTyping = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var receipt = new ReadReceipt { MessageId = messageId, TypingIndicator = showTyping ? new TypingIndicator() : null };
        using var request = NewRequest(HttpMethod.Post, GraphUri($"{PhoneNumberId}/messages"), GraphRequestKind.Idempotent);
        request.Content = JsonContent.Create(receipt, WhatsAppJsonContext.Default.ReadReceipt);
        await SendAsync(request, WhatsAppJsonContext.Default.SuccessResponse, cancellationToken);
    }

    private string PhoneNumberId => Required(_options.PhoneNumberId, nameof(WhatsAppOptions.PhoneNumberId));

    private string AppId => Required(_options.AppId, nameof(WhatsAppOptions.AppId));

    private string WabaId => Required(_options.WabaId, nameof(WhatsAppOptions.WabaId));

    private static string Required(string value, string name) => string.IsNullOrWhiteSpace(value)
        ? throw new InvalidOperationException($"WhatsApp:{name} is not configured.")
        : value;

    /// <summary>{BaseUrl}/{ApiVersion}/{path}: BaseUrl may carry a path (the sandbox's /sandbox/graph) which is kept.</summary>
    private Uri GraphUri(string pathAndQuery) =>
        new($"{_options.BaseUrl.AbsoluteUri.TrimEnd('/')}/{_options.ApiVersion.Trim('/')}/{pathAndQuery}");

    private HttpRequestMessage NewRequest(HttpMethod method, Uri uri, GraphRequestKind kind)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.AccessToken);
        request.Options.Set(GraphRequestOptions.Kind, kind);
        return request;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(request, cancellationToken);
        return await response.Content.ReadFromJsonAsync(responseType, cancellationToken)
            ?? throw new JsonException($"Meta answered {request.RequestUri} with an empty body.");
    }

    /// <summary>Sends through the resilience pipeline; a final non-success answer becomes <see cref="WhatsAppApiException"/>.</summary>
    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // ResponseContentRead: the body is read inside the attempt, so the attempt timeout covers a stalled body too.
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.IsSuccessStatusCode)
            return response;

        using (response)
            throw new WhatsAppApiException(await ReadErrorAsync(response, cancellationToken));
    }

    private static async Task<WhatsAppError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        WhatsAppError.FromResponse((int)response.StatusCode, response.ReasonPhrase, await response.Content.ReadAsStringAsync(cancellationToken));

    private static void ThrowIfInvalid(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0)
            throw new WhatsAppValidationException(errors);
    }
}
