using Wasel.WhatsApp.Errors;

namespace Wasel.WhatsApp.Tests.Errors;

public class ErrorCatalogTests
{
    /// <summary>Every code in the Cloud API error table (CLOUD-API.md §2.3 and §4.4).</summary>
    public static TheoryData<int> DocumentedCodes =>
    [
        0, 1, 2, 3, 4, 10, 33, 100, 190, 200, 299, 368, 80007, 130429, 130472, 130497, 131000, 131005, 131008, 131009,
        131016, 131021, 131026, 131030, 131031, 131037, 131042, 131045, 131047, 131048, 131049, 131050, 131051, 131052,
        131053, 131056, 131057, 132000, 132001, 132005, 132007, 132012, 132015, 132016, 132018, 132068, 132069, 133000,
        133010, 133016, 134011, 135000, 2388019, 2388040, 2388047, 2388072, 2388073, 2388293, 2388299,
    ];

    [Theory]
    [MemberData(nameof(DocumentedCodes))]
    public void Every_documented_code_has_a_specific_explanation(int code)
    {
        var explanation = WhatsAppErrorCatalog.Explain(code);

        Assert.Equal(code, explanation.Code);
        Assert.False(string.IsNullOrWhiteSpace(explanation.Meaning));
        Assert.False(string.IsNullOrWhiteSpace(explanation.WhatToDo));
        Assert.DoesNotContain("The request was rejected.", explanation.Meaning);
    }

    [Theory]
    [InlineData(2), InlineData(4), InlineData(80007), InlineData(130429), InlineData(131000), InlineData(131016), InlineData(131056), InlineData(131057)]
    public void Transient_codes_are_retryable_with_guidance(int code)
    {
        var explanation = WhatsAppErrorCatalog.Explain(code);
        Assert.True(explanation.Retryable);
        Assert.NotNull(explanation.RetryAfterGuidance);
    }

    [Theory]
    [InlineData(131047), InlineData(131049), InlineData(131050), InlineData(131026), InlineData(368), InlineData(130497),
     InlineData(131031), InlineData(100), InlineData(190), InlineData(132000), InlineData(132001), InlineData(132999)]
    public void Codes_that_cannot_succeed_are_not_retryable(int code) =>
        Assert.False(WhatsAppErrorCatalog.Explain(code).Retryable);

    [Fact]
    public void Pair_rate_guidance_describes_growing_waits() =>
        Assert.Contains("4^n", WhatsAppErrorCatalog.Explain(131056).RetryAfterGuidance);

    [Fact]
    public void Re_engagement_error_says_to_send_a_template() =>
        Assert.Contains("template", WhatsAppErrorCatalog.Explain(131047).WhatToDo);

    [Fact]
    public void Unknown_code_in_a_known_family_gets_the_family_explanation() =>
        Assert.Contains("template", WhatsAppErrorCatalog.Explain(2388999).Meaning);

    [Theory]
    [InlineData(503, true)]
    [InlineData(429, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    public void Unknown_code_is_explained_by_http_class(int status, bool retryable)
    {
        var explanation = WhatsAppErrorCatalog.Explain(999999, status);
        Assert.Equal(retryable, explanation.Retryable);
        Assert.Equal(999999, explanation.Code);
    }

    [Fact]
    public void Template_management_error_is_explained_by_its_2388xxx_subcode()
    {
        var explanation = WhatsAppErrorCatalog.Explain(100, 2388293, 400);

        Assert.Equal(2388293, explanation.Code);
        Assert.Equal(WhatsAppErrorCatalog.Explain(2388293).Meaning, explanation.Meaning);
    }

    [Fact]
    public void Other_subcodes_leave_the_explanation_to_the_code() =>
        Assert.Equal(WhatsAppErrorCatalog.Explain(190), WhatsAppErrorCatalog.Explain(190, 463, 401));
}
