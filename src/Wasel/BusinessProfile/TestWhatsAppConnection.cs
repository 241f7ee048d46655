using Wasel.Agents;
using Wasel.Inbox.Settings;
using Wasel.Platform.Http;
using Wasel.WhatsApp;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.PhoneNumbers;

namespace Wasel.BusinessProfile;

/// <summary>
/// The outcome of a connection test: the phone number as the Cloud API describes it, or why the call failed (Meta's
/// code and message with the catalogue's meaning and what to do).
/// </summary>
public sealed record ConnectionTestResult(bool Succeeded, PhoneNumberInfo? PhoneNumber, ConnectionFailure? Failure);

public sealed record ConnectionFailure(int? Code, int? HttpStatus, string Message, string Meaning, string WhatToDo, string? TraceId);

/// <summary>
/// Calls the Cloud API through the configured client (GET the phone number's fields): proves the base URL, token and
/// phone-number id work together, and reads the display name, quality rating and verification status on the way.
/// </summary>
public sealed class TestWhatsAppConnection(WhatsAppClient client, ILogger<TestWhatsAppConnection> log)
{
    public async Task<Result<ConnectionTestResult>> HandleAsync(Staff? staff, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        try
        {
            var number = await client.GetPhoneNumberAsync(cancellationToken: cancellationToken);
            return new ConnectionTestResult(true, number, null);
        }
        catch (Exception e) when (ToFailure(e) is { } failure)
        {
            log.LogWarning("WhatsApp connection test failed: {Code} {Meaning}", failure.Code, failure.Meaning);
            return new ConnectionTestResult(false, null, failure);
        }
    }

    /// <summary>What an admin can act on, for the failures a Cloud API call can end in; null for anything else.</summary>
    public static ConnectionFailure? ToFailure(Exception e) => e switch
    {
        WhatsAppApiException api => new ConnectionFailure(api.Error.Code, api.Error.HttpStatus, api.Error.Title,
            api.Error.Explanation.Meaning, api.Error.Explanation.WhatToDo, api.Error.FbTraceId),
        HttpRequestException or TimeoutException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException =>
            new ConnectionFailure(null, null, e.Message, "The Cloud API could not be reached.",
                "Check WhatsApp:BaseUrl, this server's outbound network access (proxy, firewall, DNS) and try again.", null),
        _ => null,
    };
}
