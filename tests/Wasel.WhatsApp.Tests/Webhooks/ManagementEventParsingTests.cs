using System.Text.Json;
using Wasel.WhatsApp.Webhooks;

namespace Wasel.WhatsApp.Tests.Webhooks;

public class ManagementEventParsingTests
{
    [Fact]
    public void Reads_rejected_template_with_numeric_id_and_rejection_info()
    {
        var update = Fixture.Single<TemplateStatusUpdate>("template-status-rejected.json");

        Assert.Equal("REJECTED", update.Event);
        Assert.Equal("1689556908129835", update.TemplateId);
        Assert.Equal("winter_sale", update.TemplateName);
        Assert.Equal("ar", update.TemplateLanguage);
        Assert.Equal("MARKETING", update.TemplateCategory);
        Assert.Equal("INVALID_FORMAT", update.Reason);
        Assert.Equal("Add text after the last parameter.", update.RejectionInfo!.Recommendation);
        Assert.Equal(Fixture.Unix(1764151000), update.EntryTime);
        Assert.Equal("message_template_status_update", update.Field);
        Assert.Null(update.PhoneNumberId);
    }

    [Fact]
    public void Reads_paused_template_with_null_reason_and_other_info()
    {
        var update = Fixture.Single<TemplateStatusUpdate>("template-status-paused.json");

        Assert.Equal("PAUSED", update.Event);
        Assert.Equal("1689556908129835", update.TemplateId);
        Assert.Null(update.Reason);
        Assert.Equal("FIRST_PAUSE", update.OtherInfo!.Title);
    }

    [Fact]
    public void Reads_template_category_change()
    {
        var update = Fixture.Single<TemplateCategoryUpdate>("template-category-update.json");

        Assert.Equal("880012345678901", update.TemplateId);
        Assert.Equal("order_shipped", update.TemplateName);
        Assert.Equal("UTILITY", update.PreviousCategory);
        Assert.Equal("MARKETING", update.NewCategory);
    }

    [Fact]
    public void Reads_template_quality_change()
    {
        var update = Fixture.Single<TemplateQualityUpdate>("template-quality-update.json");

        Assert.Equal("GREEN", update.PreviousQualityScore);
        Assert.Equal("YELLOW", update.NewQualityScore);
        Assert.Equal("en_US", update.TemplateLanguage);
    }

    [Fact]
    public void Reads_current_phone_number_quality_update()
    {
        var update = Fixture.Single<PhoneNumberQualityUpdate>("phone-quality-current.json");

        Assert.Equal("THROUGHPUT_UPGRADE", update.Event);
        Assert.Equal("TIER_2K", update.MaxDailyConversationsPerBusiness);
        Assert.Null(update.CurrentLimit);
        Assert.Equal("966115550100", update.DisplayPhoneNumber);
        Assert.False(update.UnknownMembers?.ContainsKey("display_phone_number"));
    }

    [Fact]
    public void Reads_legacy_phone_number_quality_update()
    {
        var update = Fixture.Single<PhoneNumberQualityUpdate>("phone-quality-legacy.json");

        Assert.Equal("DOWNGRADE", update.Event);
        Assert.Equal("TIER_1K", update.CurrentLimit);
        Assert.Equal("TIER_10K", update.OldLimit);
    }

    [Fact]
    public void Reads_account_restrictions_with_expiry()
    {
        var update = Fixture.Single<AccountUpdate>("account-restriction.json");

        Assert.Equal("ACCOUNT_RESTRICTION", update.Event);
        Assert.Equal("966115550100", update.PhoneNumber);
        Assert.Collection(update.RestrictionInfo!,
            r => Assert.Equal(("RESTRICTED_BIZ_INITIATED_MESSAGING", Fixture.Unix(1764756000)), (r.RestrictionType, r.Expiration!.Value)),
            r => Assert.Equal("RESTRICTED_ADD_PHONE_NUMBER_ACTION", r.RestrictionType));
    }

    [Fact]
    public void Reads_account_violation()
    {
        var update = Fixture.Single<AccountUpdate>("account-violation.json");

        Assert.Equal("ACCOUNT_VIOLATION", update.Event);
        Assert.Equal("SCAM", update.ViolationInfo!.ViolationType);
    }

    [Fact]
    public void Keeps_ban_state_sent_as_an_array_as_its_json_text()
    {
        var update = Fixture.Single<AccountUpdate>("account-ban.json");

        Assert.Equal("DISABLED_UPDATE", update.Event);
        using var state = JsonDocument.Parse(update.BanInfo!.WabaBanState!);
        Assert.Equal("SCHEDULE_FOR_DISABLE", state.RootElement[0].GetString());
        Assert.Equal("2026-12-10", update.BanInfo.WabaBanDate);
    }
}
