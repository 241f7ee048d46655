using Wasel.Agents;
using Wasel.Inbox.Settings;
using Wasel.Platform.Http;
using Wasel.WhatsApp;
using Wasel.WhatsApp.BusinessProfile;
using Wasel.WhatsApp.Errors;
using Wasel.WhatsApp.PhoneNumbers;
using Wasel.WhatsApp.Validation;
using Profile = Wasel.WhatsApp.BusinessProfile.BusinessProfile;

namespace Wasel.BusinessProfile;

/// <summary>The profile customers see, with the number's name, quality and verification when the API gave them.</summary>
public sealed record BusinessProfileView(Profile Profile, PhoneNumberInfo? PhoneNumber, ConnectionFailure? PhoneNumberFailure);

/// <summary>The editable profile fields; empty text clears a field (except About, which WhatsApp requires).</summary>
public sealed record BusinessProfileRequest(
    string About,
    string? Address,
    string? Description,
    string? Email,
    IReadOnlyList<string> Websites,
    BusinessVertical? Vertical);

/// <summary>Reads the business profile and the phone number's fields from the Cloud API.</summary>
public sealed class ReadBusinessProfile(WhatsAppClient client)
{
    public async Task<Result<BusinessProfileView>> HandleAsync(Staff? staff, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        Profile profile;
        try
        {
            profile = await client.GetBusinessProfileAsync(cancellationToken);
        }
        catch (Exception e) when (TestWhatsAppConnection.ToFailure(e) is { } failure)
        {
            return Unavailable(failure);
        }
        try
        {
            return new BusinessProfileView(profile, await client.GetPhoneNumberAsync(cancellationToken: cancellationToken), null);
        }
        catch (Exception e) when (TestWhatsAppConnection.ToFailure(e) is { } failure)
        {
            // The profile is still worth showing and editing without the number's fields.
            return new BusinessProfileView(profile, null, failure);
        }
    }

    internal static Problem Unavailable(ConnectionFailure failure) =>
        new(StatusCodes.Status502BadGateway, failure.Meaning, failure.WhatToDo,
            new Dictionary<string, object?> { ["code"] = failure.Code, ["message"] = failure.Message, ["fbtrace_id"] = failure.TraceId });
}

/// <summary>
/// Writes the business profile back: the client library's validation (Meta's limits) first, each error keyed by
/// field; then the Cloud API, whose refusal comes back with its meaning.
/// </summary>
public sealed class UpdateBusinessProfile(WhatsAppClient client)
{
    public async Task<Result<Profile>> HandleAsync(Staff? staff, BusinessProfileRequest request, CancellationToken cancellationToken)
    {
        if (AdminOnly.Refuses(staff)) return AdminOnly.Refused;
        var update = new BusinessProfileUpdate
        {
            About = request.About?.Trim() ?? "",
            Address = request.Address?.Trim() ?? "",
            Description = request.Description?.Trim() ?? "",
            Email = request.Email?.Trim() ?? "",
            Websites = (request.Websites ?? []).Select(w => w.Trim()).Where(w => w.Length > 0).ToList(),
            Vertical = request.Vertical,
        };
        var invalid = WhatsAppValidator.Validate(update);
        if (invalid.Count > 0) return ByField(invalid);
        try
        {
            await client.UpdateBusinessProfileAsync(update, cancellationToken);
            return await client.GetBusinessProfileAsync(cancellationToken);
        }
        catch (WhatsAppValidationException e)
        {
            return ByField(e.Errors);
        }
        catch (Exception e) when (TestWhatsAppConnection.ToFailure(e) is { } failure)
        {
            return ReadBusinessProfile.Unavailable(failure);
        }
    }

    private static Dictionary<string, string[]> ByField(IEnumerable<ValidationError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
