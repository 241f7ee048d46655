using System.Text.Json.Serialization;

namespace Wasel.WhatsApp.BusinessProfile;

/// <summary>The industry of a business profile, with Meta's wire values.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BusinessVertical>))]
public enum BusinessVertical
{
    /// <summary>UNDEFINED.</summary>
    [JsonStringEnumMemberName("UNDEFINED")] Undefined,
    /// <summary>OTHER.</summary>
    [JsonStringEnumMemberName("OTHER")] Other,
    /// <summary>AUTO: automotive.</summary>
    [JsonStringEnumMemberName("AUTO")] Automotive,
    /// <summary>BEAUTY: beauty, spa and salon.</summary>
    [JsonStringEnumMemberName("BEAUTY")] Beauty,
    /// <summary>APPAREL: clothing.</summary>
    [JsonStringEnumMemberName("APPAREL")] Apparel,
    /// <summary>EDU: education.</summary>
    [JsonStringEnumMemberName("EDU")] Education,
    /// <summary>ENTERTAIN: entertainment.</summary>
    [JsonStringEnumMemberName("ENTERTAIN")] Entertainment,
    /// <summary>EVENT_PLAN: event planning.</summary>
    [JsonStringEnumMemberName("EVENT_PLAN")] EventPlanning,
    /// <summary>FINANCE: finance and banking.</summary>
    [JsonStringEnumMemberName("FINANCE")] Finance,
    /// <summary>GROCERY: food and grocery.</summary>
    [JsonStringEnumMemberName("GROCERY")] Grocery,
    /// <summary>GOVT: public service.</summary>
    [JsonStringEnumMemberName("GOVT")] Government,
    /// <summary>HOTEL: hotel and lodging.</summary>
    [JsonStringEnumMemberName("HOTEL")] Hotel,
    /// <summary>HEALTH: medical and health.</summary>
    [JsonStringEnumMemberName("HEALTH")] Health,
    /// <summary>NONPROFIT: charity.</summary>
    [JsonStringEnumMemberName("NONPROFIT")] Nonprofit,
    /// <summary>PROF_SERVICES: professional services.</summary>
    [JsonStringEnumMemberName("PROF_SERVICES")] ProfessionalServices,
    /// <summary>RETAIL: shopping and retail.</summary>
    [JsonStringEnumMemberName("RETAIL")] Retail,
    /// <summary>TRAVEL: travel and transportation.</summary>
    [JsonStringEnumMemberName("TRAVEL")] Travel,
    /// <summary>RESTAURANT.</summary>
    [JsonStringEnumMemberName("RESTAURANT")] Restaurant,
    /// <summary>ALCOHOL: alcoholic beverages.</summary>
    [JsonStringEnumMemberName("ALCOHOL")] Alcohol,
    /// <summary>ONLINE_GAMBLING.</summary>
    [JsonStringEnumMemberName("ONLINE_GAMBLING")] OnlineGambling,
    /// <summary>PHYSICAL_GAMBLING.</summary>
    [JsonStringEnumMemberName("PHYSICAL_GAMBLING")] PhysicalGambling,
    /// <summary>OTC_DRUGS: over-the-counter drugs.</summary>
    [JsonStringEnumMemberName("OTC_DRUGS")] OverTheCounterDrugs,
    /// <summary>NOT_A_BIZ: not a business.</summary>
    [JsonStringEnumMemberName("NOT_A_BIZ")] NotABusiness,
}
