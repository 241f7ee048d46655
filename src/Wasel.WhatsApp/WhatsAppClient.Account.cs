using System.Net.Http.Json;
using Wasel.WhatsApp.BusinessProfile;
using Wasel.WhatsApp.Json;
using Wasel.WhatsApp.PhoneNumbers;
using Wasel.WhatsApp.Resilience;
using Wasel.WhatsApp.Validation;

namespace Wasel.WhatsApp;

public sealed partial class WhatsAppClient
{
    private const string ProfileFields = "about,address,description,email,profile_picture_url,websites,vertical";

    /// <summary>Reads the business profile.</summary>
    public async Task<BusinessProfile.BusinessProfile> GetBusinessProfileAsync(CancellationToken cancellationToken = default)
    {
        using var request = NewRequest(HttpMethod.Get,
            GraphUri($"{PhoneNumberId}/whatsapp_business_profile?fields={ProfileFields}"), GraphRequestKind.Idempotent);
        var envelope = await SendAsync(request, WhatsAppJsonContext.Default.BusinessProfileEnvelope, cancellationToken);
        return envelope.Data?.FirstOrDefault() ?? new BusinessProfile.BusinessProfile();
    }

    /// <summary>Changes the business profile fields that are set in <paramref name="update"/>, after checking their limits.</summary>
    public async Task UpdateBusinessProfileAsync(BusinessProfileUpdate update, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(WhatsAppValidator.Validate(update));
        using var request = NewRequest(HttpMethod.Post, GraphUri($"{PhoneNumberId}/whatsapp_business_profile"), GraphRequestKind.Idempotent);
        request.Content = JsonContent.Create(update, WhatsAppJsonContext.Default.BusinessProfileUpdate);
        await SendAsync(request, WhatsAppJsonContext.Default.SuccessResponse, cancellationToken);
    }

    /// <summary>
    /// Reads the phone number's fields: quality rating, messaging limit, throughput, name status… By default all of
    /// <see cref="PhoneNumberFields.All"/>.
    /// </summary>
    public async Task<PhoneNumberInfo> GetPhoneNumberAsync(IEnumerable<string>? fields = null, CancellationToken cancellationToken = default)
    {
        var list = string.Join(',', fields ?? PhoneNumberFields.All);
        using var request = NewRequest(HttpMethod.Get, GraphUri($"{PhoneNumberId}?fields={Uri.EscapeDataString(list)}"),
            GraphRequestKind.Idempotent);
        return await SendAsync(request, WhatsAppJsonContext.Default.PhoneNumberInfo, cancellationToken);
    }
}
